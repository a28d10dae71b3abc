using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Cli.Tests;

/// <summary>
/// The tool's side of <see cref="CliTree"/>, which lives in the shared Testing library and so cannot reference the
/// tool: <c>CliTree.Run</c> (in-process) and <c>tree.RunProcess</c> (the built <c>ssot</c>), as extension members.
/// </summary>
internal static class CliTreeRuns
{
    extension(CliTree)
    {
        public static (int Code, string Stdout, string Stderr) Run(string[] args, params (string Name, string Value)[] environment)
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            int code = Program.Run(args, stdout, stderr, name => environment.FirstOrDefault(e => e.Name == name).Value);
            return (code, stdout.ToString(), stderr.ToString());
        }
    }

    extension(CliTree tree)
    {
        /// <summary>Runs the built <c>ssot</c> tool as a real process, so a crash (exit 134, a stack trace) or a hang is seen as such.</summary>
        public (int Code, string Stdout, string Stderr) RunProcess(params string[] args) =>
            DotnetCli.RunProgram("dotnet", tree.Root, [Path.Combine(AppContext.BaseDirectory, "ssot.dll"), .. args], new Dictionary<string, string?> { ["CI"] = null, ["SSOT_CI"] = "0" }, TimeSpan.FromMinutes(2));
    }
}
