using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Ssot.TestFramework.Testing;

/// <summary>The parsed result of one `dotnet test` run: its TRX results and counters and the console summary.</summary>
public sealed partial class TrxRun
{
    private static readonly XNamespace s_ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    private TrxRun(IReadOnlyDictionary<string, TrxResult> results, IReadOnlyDictionary<string, int> counters, string console, string runOutput)
    {
        Results = results;
        Counters = counters;
        Console = console;
        RunOutput = runOutput;
    }

    public IReadOnlyDictionary<string, TrxResult> Results { get; }

    public IReadOnlyDictionary<string, int> Counters { get; }

    public string Console { get; }

    /// <summary>Gets the run-level output of the TRX (ResultSummary/Output/StdOut): the adapter's log and the test host's own stderr.</summary>
    public string RunOutput { get; }

    public static TrxRun Load(string trxPath, string console)
    {
        var doc = XDocument.Load(trxPath);
        var results = doc.Descendants(s_ns + "UnitTestResult").ToDictionary(
            r => ((string)r.Attribute("testName")!).Replace("ExpectedFailures.Sample.", string.Empty, StringComparison.Ordinal),
            r => new TrxResult(
                (string)r.Attribute("outcome")!,
                (string?)r.Element(s_ns + "Output")?.Element(s_ns + "ErrorInfo")?.Element(s_ns + "Message") ?? string.Empty,
                (string?)r.Element(s_ns + "Output")?.Element(s_ns + "ErrorInfo")?.Element(s_ns + "StackTrace") ?? string.Empty,
                (string?)r.Element(s_ns + "Output")?.Element(s_ns + "StdOut") ?? string.Empty));
        var counters = doc.Descendants(s_ns + "Counters").Single().Attributes().ToDictionary(a => a.Name.LocalName, a => int.Parse(a.Value, System.Globalization.CultureInfo.InvariantCulture));
        string runOutput = (string?)doc.Descendants(s_ns + "ResultSummary").Single().Element(s_ns + "Output")?.Element(s_ns + "StdOut") ?? string.Empty;
        return new TrxRun(results, counters, console, runOutput);
    }

    /// <summary>Gets the "Failed: N, Passed: N, Skipped: N, Total: N" figures printed by `dotnet test`.</summary>
    public (int Failed, int Passed, int Skipped, int Total) ConsoleCounts()
    {
        Match m = SummaryLine().Match(Console);
        if (!m.Success)
        {
            throw new InvalidOperationException("No summary line in the dotnet test output:\n" + Console);
        }

        return (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value), int.Parse(m.Groups[4].Value));
    }

    public TrxResult this[string name] =>
        Results.TryGetValue(name, out TrxResult? r) ? r : throw new KeyNotFoundException($"No TRX result '{name}'. Known: {string.Join(", ", Results.Keys)}");

    [GeneratedRegex(@"Failed:\s+(\d+),\s+Passed:\s+(\d+),\s+Skipped:\s+(\d+),\s+Total:\s+(\d+)")]
    private static partial Regex SummaryLine();
}
