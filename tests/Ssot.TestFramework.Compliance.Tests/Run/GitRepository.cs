using FluentAssertions;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Compliance.Tests.Run;

/// <summary>Runs the real <c>git</c> in a folder with a fixed identity and no user or system configuration.</summary>
internal static class GitRepository
{
    private static readonly Dictionary<string, string?> s_environment = new()
    {
        ["GIT_AUTHOR_NAME"] = "ssot",
        ["GIT_AUTHOR_EMAIL"] = "ssot@example.invalid",
        ["GIT_COMMITTER_NAME"] = "ssot",
        ["GIT_COMMITTER_EMAIL"] = "ssot@example.invalid",
        ["GIT_CONFIG_GLOBAL"] = "/dev/null",
        ["GIT_CONFIG_NOSYSTEM"] = "1",
    };

    /// <summary>Makes <paramref name="folder"/> a repository on branch <c>main</c> and commits everything in it.</summary>
    public static void InitAndCommitAll(string folder, string message = "first")
    {
        Git(folder, "init", "--quiet", "-b", "main");
        CommitAll(folder, message);
    }

    /// <summary>Commits everything in the folder.</summary>
    public static void CommitAll(string folder, string message)
    {
        Git(folder, "add", "-A", ".");
        Git(folder, "commit", "--quiet", "--allow-empty", "-m", message);
    }

    /// <summary>Returns <c>git rev-parse HEAD</c>.</summary>
    public static string Head(string folder) => Git(folder, "rev-parse", "HEAD").Trim();

    /// <summary>Runs git and returns its stdout; a failure fails the test with git's stderr.</summary>
    public static string Git(string folder, params string[] args)
    {
        (int code, string stdout, string stderr) = DotnetCli.RunProgram("git", folder, args, s_environment, TimeSpan.FromMinutes(1));
        code.Should().Be(0, "git {0} failed: {1}", string.Join(' ', args), stderr);
        return stdout;
    }
}
