using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ImportScan.Bench;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Ssot.TestFramework.Compliance.Rules;

// Usage: ImportScan.Bench [root] [files] [seed]. Generates the tree when root has no ssot.json, then measures in one run:
// the full SSOT scan, a plain parallel ParseText of every file, grep -r of the same names, and peak working set.
string root = Path.GetFullPath(args.Length > 0 ? args[0] : Path.Combine(Path.GetTempPath(), "ssot-import-scan-bench"));
int files = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 6000;
int seed = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20251122;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (!File.Exists(Path.Combine(root, "ssot.json")))
{
    var gen = Stopwatch.StartNew();
    (int n, long bytes, int seeded) = TreeGenerator.Generate(root, files, seed);
    Console.WriteLine($"generated {n} files, {bytes / 1e6:0.0} MB, {seeded} files with seeded violations, seed {seed}, in {gen.Elapsed.TotalSeconds:0.0} s -> {root}");
}

string[] all = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).ToArray();
long totalBytes = all.Sum(f => new FileInfo(f).Length);
Console.WriteLine($"tree: {all.Length} .cs files, {totalBytes / 1e6:0.0} MB; cores: {Environment.ProcessorCount}");

// First (cold) scan of the same tree: what a one-shot CLI run pays, JIT included. Not part of the comparison.
var coldClock = Stopwatch.StartNew();
SsotScanner.Scan(root, SsotRegistryLoader.Load(Path.Combine(root, "ssot.json")));
Console.WriteLine($"cold scan (first in process, JIT included): {coldClock.Elapsed.TotalSeconds:0.00} s");
long peakAfterScan = Process.GetCurrentProcess().PeakWorkingSet64;

// Five alternating warm rounds of (scan, parse-all): the machine is shared, so report min and median of each.
const int Rounds = 5;
var scanTimes = new List<double>();
var parseTimes = new List<double>();
ScanResult result = null!;
for (int round = 0; round < Rounds; round++)
{
    FullGc();
    var scanClock = Stopwatch.StartNew();
    result = SsotScanner.Scan(root, SsotRegistryLoader.Load(Path.Combine(root, "ssot.json")));
    scanTimes.Add(scanClock.Elapsed.TotalSeconds);
    Console.WriteLine($"round {round + 1}: ssot scan {scanTimes[^1]:0.00} s (text {result.Statistics.TextPass.TotalSeconds:0.00}, parse {result.Statistics.ParsePass.TotalSeconds:0.00}, semantic {result.Statistics.SemanticPass.TotalSeconds:0.00})");

    FullGc();
    var parseClock = Stopwatch.StartNew();
    var lengths = new ConcurrentBag<int>();
    Parallel.ForEach(all, f =>
    {
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(f)), path: f);
        lengths.Add(tree.GetRoot().FullSpan.Length);
    });
    parseTimes.Add(parseClock.Elapsed.TotalSeconds);
    Console.WriteLine($"round {round + 1}: parallel ParseText of all {all.Length} files {parseTimes[^1]:0.00} s");
}

// Neither measurement pays for the other's garbage.
static void FullGc()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
}

static (double Min, double Median) Stats(List<double> xs) => (xs.Min(), xs.Order().ElementAt(xs.Count / 2));
(double scanMin, double scanMedian) = Stats(scanTimes);
(double parseMin, double parseMedian) = Stats(parseTimes);
Console.WriteLine($"ssot scan (all rules):      min {scanMin:0.00} s, median {scanMedian:0.00} s  files {result.Statistics.FilesScanned}, parsed {result.Statistics.CandidateFiles}, violations {result.Violations.Count}, diagnostics {result.Diagnostics.Count}");
foreach (KeyValuePair<string, int> rule in result.CountByRule())
{
    Console.WriteLine($"    {rule.Key}: {rule.Value}");
}

Console.WriteLine($"parallel ParseText (all):   min {parseMin:0.00} s, median {parseMedian:0.00} s  ({all.Length} trees)");
Console.WriteLine($"peak working set after the cold scan: {peakAfterScan / 1048576.0:0} MiB");

var grepClock = Stopwatch.StartNew();
var psi = new ProcessStartInfo("grep", ["-rlwE", string.Join('|', TreeGenerator.Names), "--include=*.cs", root]) { RedirectStandardOutput = true };
using (Process grep = Process.Start(psi)!)
{
    int matched = grep.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
    grep.WaitForExit();
    grepClock.Stop();
    Console.WriteLine($"grep -rlwE (same names):    {grepClock.Elapsed.TotalSeconds,7:0.00} s  ({matched} files match)");
}

Console.WriteLine($"peak working set (whole run): {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0,5:0} MiB");
Console.WriteLine($"speed-up of the scan over parsing every file: {parseMedian / scanMedian:0.0}x (median), {parseMin / scanMin:0.0}x (min)");
