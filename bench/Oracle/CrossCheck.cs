using System.Diagnostics;
using System.Text.Json;
using Microsoft.CodeAnalysis;

namespace Ssot.Oracle;

/// <summary>Outcome of comparing one workspace project with what the SDK itself resolves for it.</summary>
internal sealed record CrossCheckResult(bool Ok, int References, int ProjectReferences, int Defines, IReadOnlyList<string> Notes);

/// <summary>
/// Asks the SDK (a separate <c>dotnet msbuild</c> process, not the workspace's BuildHost) for the reference
/// assemblies and preprocessor symbols of one project/TFM and compares them with the workspace project.
/// </summary>
internal static class CrossCheck
{
    public static CrossCheckResult Run(Project project, string? tfm, string configuration, IReadOnlyDictionary<string, string> properties)
    {
        var notes = new List<string>();
        var args = new List<string> { "msbuild", project.FilePath!, "-nologo", "-v:q", $"-p:Configuration={configuration}", "-p:BuildProjectReferences=false" };
        if (tfm is not null)
        {
            args.Add($"-p:TargetFramework={tfm}");
        }

        args.AddRange(properties.Select(p => $"-p:{p.Key}={p.Value}"));
        // PrepareForBuild triggers AddImplicitDefineConstants (NET8_0_OR_GREATER etc.); FindReferenceAssembliesForReferences
        // depends on ResolveReferences and produces ReferencePathWithRefAssemblies, the compiler's References input.
        args.Add("-t:PrepareForBuild;FindReferenceAssembliesForReferences");
        args.Add("-getItem:ReferencePathWithRefAssemblies");
        args.Add("-getProperty:DefineConstants");
        args.Add("-getProperty:TargetFramework");

        var (exit, stdout, stderr) = Exec("dotnet", args);
        var start = stdout.IndexOf('{', StringComparison.Ordinal);
        if (exit != 0 || start < 0)
        {
            notes.Add($"dotnet {string.Join(' ', args)} failed ({exit}): {Trim(stdout)} {Trim(stderr)}");
            return new CrossCheckResult(false, 0, 0, 0, notes);
        }

        using var json = JsonDocument.Parse(stdout[start..]);
        var msbuildDefines = (json.RootElement.GetProperty("Properties").GetProperty("DefineConstants").GetString() ?? string.Empty)
            .Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .ToHashSet(StringComparer.Ordinal);
        var metadataRefs = new HashSet<string>(StringComparer.Ordinal);
        var projectRefs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in json.RootElement.GetProperty("Items").GetProperty("ReferencePathWithRefAssemblies").EnumerateArray())
        {
            var path = Path.GetFullPath(item.GetProperty("FullPath").GetString()!);
            var source = item.TryGetProperty("ReferenceSourceTarget", out var s) ? s.GetString() : null;
            var projectFile = item.TryGetProperty("MSBuildSourceProjectFile", out var f) ? f.GetString() : null;
            if (string.Equals(source, "ProjectReference", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrEmpty(projectFile))
            {
                projectRefs.Add(Path.GetFullPath(projectFile));
            }
            else
            {
                metadataRefs.Add(path);
            }
        }

        var ok = true;
        var workspaceRefs = project.MetadataReferences.OfType<PortableExecutableReference>()
            .Select(r => Path.GetFullPath(r.FilePath!)).ToHashSet(StringComparer.Ordinal);
        var workspaceProjectRefs = project.ProjectReferences
            .Select(r => project.Solution.GetProject(r.ProjectId)?.FilePath)
            .Where(p => p is not null).Select(p => Path.GetFullPath(p!)).ToHashSet(StringComparer.Ordinal);

        foreach (var missing in metadataRefs.Except(workspaceRefs).Order(StringComparer.Ordinal))
        {
            ok = false;
            notes.Add($"reference only in msbuild: {missing}");
        }

        foreach (var extra in workspaceRefs.Except(metadataRefs).Order(StringComparer.Ordinal))
        {
            ok = false;
            notes.Add($"reference only in workspace: {extra}");
        }

        foreach (var missing in projectRefs.Except(workspaceProjectRefs).Order(StringComparer.Ordinal))
        {
            ok = false;
            notes.Add($"project reference only in msbuild: {missing}");
        }

        foreach (var extra in workspaceProjectRefs.Except(projectRefs).Order(StringComparer.Ordinal))
        {
            ok = false;
            notes.Add($"project reference only in workspace: {extra}");
        }

        var workspaceDefines = project.ParseOptions?.PreprocessorSymbolNames.ToHashSet(StringComparer.Ordinal) ?? [];
        foreach (var missing in msbuildDefines.Except(workspaceDefines).Order(StringComparer.Ordinal))
        {
            ok = false;
            notes.Add($"define only in msbuild: {missing}");
        }

        foreach (var extra in workspaceDefines.Except(msbuildDefines).Order(StringComparer.Ordinal))
        {
            ok = false;
            notes.Add($"define only in workspace: {extra}");
        }

        return new CrossCheckResult(ok, metadataRefs.Count, projectRefs.Count, msbuildDefines.Count, notes);
    }

    /// <summary>The TargetFramework a single-targeted project builds for (workspace project names carry no TFM then).</summary>
    public static string? TargetFrameworkOf(string projectFile, string configuration, IReadOnlyDictionary<string, string> properties)
    {
        var args = new List<string> { "msbuild", projectFile, "-nologo", $"-p:Configuration={configuration}", "-getProperty:TargetFramework" };
        args.AddRange(properties.Select(p => $"-p:{p.Key}={p.Value}"));
        var (exit, stdout, _) = Exec("dotnet", args);
        var value = stdout.Trim();
        return exit == 0 && value.Length > 0 ? value : null;
    }

    public static (int Exit, string Stdout, string Stderr) Exec(string file, IEnumerable<string> args, string? workingDirectory = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (workingDirectory is not null)
        {
            info.WorkingDirectory = workingDirectory;
        }

        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        // Independent of the workspace: no MSBuild location inherited from this process.
        foreach (var name in new[] { "MSBUILD_EXE_PATH", "MSBuildExtensionsPath", "MSBuildSDKsPath" })
        {
            info.Environment.Remove(name);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderrTask.GetAwaiter().GetResult());
    }

    private static string Trim(string text) => text.Length > 2000 ? text[..2000] + "…" : text;
}
