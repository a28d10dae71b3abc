// Parse-all baseline for bench/engine-scan.sh (no reference to the engine).
//
//   ParseAll.Bench --list <out.json> [--property Name=Value]... <project>...
//       Once per repository, outside the timed part: for each project and target framework, one
//       `dotnet msbuild <project> -p:TargetFramework=<tfm> -t:AddImplicitDefineConstants -getProperty:DefineConstants
//       -getProperty:LangVersion -getItem:Compile`, written to <out.json>.
//   ParseAll.Bench <list.json>
//       The timed part: a parallel CSharpSyntaxTree.ParseText of every compile item with its project/TFM's parse
//       options (preprocessor symbols, LangVersion), each file read as SourceText.From(stream); prints the tree count.
//   ParseAll.Bench --source-tree <dir>
//       Every *.cs file under <dir> (bin/, obj/ and hidden folders skipped), one set of options: the source-mode baseline.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

const string Usage = "usage: ParseAll.Bench <list.json> | --source-tree <dir> | --list <out.json> [--property Name=Value]... <project>...";

try
{
    if (args.Length >= 2 && args[0] == "--list")
    {
        return List(args[1], args.Skip(2).ToArray());
    }

    if (args.Length == 2 && args[0] == "--source-tree")
    {
        return SourceTree(args[1]);
    }

    if (args.Length == 1 && !args[0].StartsWith("--", StringComparison.Ordinal))
    {
        return ParseList(args[0]);
    }

    Console.Error.WriteLine(Usage);
    return 2;
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or InvalidOperationException)
{
    Console.Error.WriteLine($"ParseAll.Bench: {ex.Message}");
    return 2;
}

// ---- parse modes ---------------------------------------------------------------------------------------------------

static int ParseList(string listFile)
{
    var clock = Stopwatch.StartNew();
    JsonNode root = JsonNode.Parse(File.ReadAllText(listFile)) ?? throw new InvalidOperationException($"{listFile}: empty");
    JsonArray entries = root["projects"]?.AsArray() ?? throw new InvalidOperationException($"{listFile}: no 'projects' array");

    // One tree per (file, parse options): a file compiled by several projects/TFMs with the same options is parsed once,
    // as a compiler host that shares trees would; different defines or LangVersion mean another tree.
    var work = new Dictionary<string, (string Path, CSharpParseOptions Options)>(StringComparer.Ordinal);
    var optionsByKey = new Dictionary<string, CSharpParseOptions>(StringComparer.Ordinal);
    int items = 0;
    foreach (JsonNode? entry in entries)
    {
        string lang = entry?["langVersion"]?.GetValue<string>() ?? string.Empty;
        string[] symbols = (entry?["defineConstants"]?.AsArray() ?? []).Select(s => s!.GetValue<string>()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        string key = lang + "\0" + string.Join(";", symbols);
        if (!optionsByKey.TryGetValue(key, out CSharpParseOptions? options))
        {
            options = new CSharpParseOptions(ParseLanguageVersion(lang), DocumentationMode.None, SourceCodeKind.Regular, symbols);
            optionsByKey[key] = options;
        }

        foreach (JsonNode? file in entry?["compile"]?.AsArray() ?? [])
        {
            string path = file!.GetValue<string>();
            items++;
            work.TryAdd(path + "\0" + key, (path, options));
        }
    }

    (int trees, long chars, int missing) = ParseAllFiles(work.Values.ToArray());
    Console.WriteLine($"parse-all: {trees} trees ({items} compile items over {entries.Count} project/TFMs, {optionsByKey.Count} distinct parse options, {chars:N0} chars{(missing > 0 ? $", {missing} missing files skipped" : string.Empty)}) in {clock.ElapsedMilliseconds} ms");
    return 0;
}

static int SourceTree(string dir)
{
    var clock = Stopwatch.StartNew();
    if (!Directory.Exists(dir))
    {
        throw new IOException($"no folder '{dir}'");
    }

    // The engine's source-mode options: latest language version, no defines, documentation comments not parsed.
    var options = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.None);
    var files = new List<(string, CSharpParseOptions)>();
    var pending = new Stack<string>();
    pending.Push(Path.GetFullPath(dir));
    var enumeration = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true };
    while (pending.Count > 0)
    {
        string current = pending.Pop();
        foreach (string sub in Directory.EnumerateDirectories(current, "*", enumeration))
        {
            string name = Path.GetFileName(sub);
            if (!name.Equals("bin", StringComparison.OrdinalIgnoreCase) && !name.Equals("obj", StringComparison.OrdinalIgnoreCase))
            {
                pending.Push(sub);
            }
        }

        files.AddRange(Directory.EnumerateFiles(current, "*.cs", enumeration).Select(f => (f, options)));
    }

    (int trees, long chars, int missing) = ParseAllFiles(files.ToArray());
    Console.WriteLine($"parse-all --source-tree: {trees} trees ({chars:N0} chars{(missing > 0 ? $", {missing} unreadable files skipped" : string.Empty)}) in {clock.ElapsedMilliseconds} ms");
    return 0;
}

static (int Trees, long Chars, int Missing) ParseAllFiles((string Path, CSharpParseOptions Options)[] work)
{
    var trees = new SyntaxTree?[work.Length];
    long chars = 0;
    int missing = 0;
    Parallel.For(0, work.Length, i =>
    {
        (string path, CSharpParseOptions options) = work[i];
        SourceText text;
        try
        {
            using FileStream stream = File.OpenRead(path);
            text = SourceText.From(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Interlocked.Increment(ref missing);
            return;
        }

        trees[i] = CSharpSyntaxTree.ParseText(text, options, path);
        Interlocked.Add(ref chars, text.Length);
    });

    // The trees stay reachable until here, as a compilation's would: the peak RSS includes all of them.
    int count = trees.Count(t => t is not null);
    GC.KeepAlive(trees);
    return (count, chars, missing);
}

static LanguageVersion ParseLanguageVersion(string value) =>
    value.Length == 0 ? LanguageVersion.Default
    : LanguageVersionFacts.TryParse(value, out LanguageVersion version) ? version
    : throw new InvalidOperationException($"unknown LangVersion '{value}'");

// ---- list mode -----------------------------------------------------------------------------------------------------

static int List(string outFile, string[] rest)
{
    var properties = new List<string>();
    var projects = new List<string>();
    for (int i = 0; i < rest.Length; i++)
    {
        if (rest[i] == "--property" && i + 1 < rest.Length)
        {
            properties.Add(rest[++i]);
        }
        else if (rest[i].StartsWith("--", StringComparison.Ordinal))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        else
        {
            projects.Add(Path.GetFullPath(rest[i]));
        }
    }

    if (projects.Count == 0)
    {
        Console.Error.WriteLine(Usage);
        return 2;
    }

    var output = new JsonArray();
    int failures = 0;
    foreach (string project in projects)
    {
        JsonNode? frameworks = MsBuild(project, properties, ["-getProperty:TargetFrameworks", "-getProperty:TargetFramework"]);
        if (frameworks is null)
        {
            failures++;
            continue;
        }

        string multi = frameworks["Properties"]?["TargetFrameworks"]?.GetValue<string>() ?? string.Empty;
        string single = frameworks["Properties"]?["TargetFramework"]?.GetValue<string>() ?? string.Empty;
        string[] tfms = multi.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tfms.Length == 0)
        {
            tfms = single.Length > 0 ? [single] : [string.Empty];
        }

        foreach (string tfm in tfms.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var props = new List<string>(properties);
            if (tfm.Length > 0)
            {
                props.Add("TargetFramework=" + tfm);
            }

            string[] query = ["-getProperty:DefineConstants", "-getProperty:LangVersion", "-getItem:Compile"];

            // AddImplicitDefineConstants (a property-only SDK target) adds NET8_0_OR_GREATER etc., as the compiler gets them.
            JsonNode? result = MsBuild(project, props, ["-t:AddImplicitDefineConstants", .. query], quiet: true) ?? MsBuild(project, props, query);
            if (result is null)
            {
                failures++;
                continue;
            }

            string[] defines = (result["Properties"]?["DefineConstants"]?.GetValue<string>() ?? string.Empty)
                .Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var compile = new JsonArray();
            foreach (JsonNode? item in result["Items"]?["Compile"]?.AsArray() ?? [])
            {
                string? full = item?["FullPath"]?.GetValue<string>();
                if (full is not null && full.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
                {
                    compile.Add(full);
                }
            }

            output.Add(new JsonObject
            {
                ["project"] = project,
                ["targetFramework"] = tfm,
                ["langVersion"] = result["Properties"]?["LangVersion"]?.GetValue<string>() ?? string.Empty,
                ["defineConstants"] = new JsonArray(defines.Select(d => (JsonNode)d).ToArray()),
                ["compile"] = compile,
            });
            Console.Error.WriteLine($"  {Path.GetFileName(project)} {tfm}: {compile.Count} compile items, {defines.Length} defines");
        }
    }

    var document = new JsonObject
    {
        ["note"] = "Made by ParseAll.Bench --list from MSBuild evaluation (plus the AddImplicitDefineConstants target). Items that targets add during a build (GlobalUsings.g.cs, AssemblyInfo/AssemblyAttributes .cs, source generator output) are not in the list.",
        ["properties"] = new JsonArray(properties.Select(p => (JsonNode)p).ToArray()),
        ["projects"] = output,
    };
    string? folder = Path.GetDirectoryName(Path.GetFullPath(outFile));
    if (folder is not null)
    {
        Directory.CreateDirectory(folder);
    }

    File.WriteAllText(outFile, document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    Console.Error.WriteLine($"wrote {outFile}: {output.Count} project/TFMs{(failures > 0 ? $", {failures} failed" : string.Empty)}");
    return failures > 0 ? 1 : 0;
}

static JsonNode? MsBuild(string project, IReadOnlyList<string> properties, IReadOnlyList<string> query, bool quiet = false)
{
    // Runs in the project's folder so the repository's global.json picks the SDK; MSBuild variables of a parent dotnet removed.
    var start = new ProcessStartInfo("dotnet")
    {
        WorkingDirectory = Path.GetDirectoryName(project)!,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
        StandardOutputEncoding = Encoding.UTF8,
    };
    foreach (string arg in (string[])["msbuild", project, "-nologo", "-nodeReuse:false", .. properties.Select(p => "-p:" + p), .. query])
    {
        start.ArgumentList.Add(arg);
    }

    foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToArray())
    {
        start.Environment.Remove(name);
    }

    start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
    start.Environment["DOTNET_NOLOGO"] = "1";
    using Process process = Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet");
    Task<string> stderr = process.StandardError.ReadToEndAsync();
    string stdout = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    int brace = stdout.IndexOf('{', StringComparison.Ordinal);
    if (process.ExitCode != 0 || brace < 0)
    {
        if (!quiet)
        {
            Console.Error.WriteLine($"dotnet msbuild {Path.GetFileName(project)} {string.Join(' ', properties)} failed (exit {process.ExitCode}):\n{stdout.Trim()}\n{stderr.Result.Trim()}");
        }

        return null;
    }

    return JsonNode.Parse(stdout[brace..]);
}
