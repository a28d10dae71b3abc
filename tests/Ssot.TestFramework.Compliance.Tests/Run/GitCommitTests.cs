using FluentAssertions;
using Ssot.TestFramework.Compliance.Run;

namespace Ssot.TestFramework.Compliance.Tests.Run;

/// <summary>The report header's commit is read from git's own files; the oracle is <c>git rev-parse HEAD</c> on a real repository.</summary>
public sealed class GitCommitTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "ssot-git-" + Guid.NewGuid().ToString("N"));

    public GitCommitTests() => Directory.CreateDirectory(_root);

    [Fact]
    public void Read_BranchWithLooseRef_IsHeadsCommit()
    {
        string repo = NewRepository("loose");

        GitCommit.Read(repo).Should().Be(RevParse(repo)).And.MatchRegex("^[0-9a-f]{40}$");
    }

    [Fact]
    public void Read_PackedRefs_IsHeadsCommit()
    {
        string repo = NewRepository("packed");
        Git(repo, "pack-refs", "--all");

        File.Exists(Path.Combine(repo, ".git", "refs", "heads", "main")).Should().BeFalse("pack-refs moved the branch into packed-refs");
        GitCommit.Read(repo).Should().Be(RevParse(repo));
    }

    [Fact]
    public void Read_DetachedHead_IsThatCommit()
    {
        string repo = NewRepository("detached");
        string first = RevParse(repo);
        Commit(repo, "second");
        Git(repo, "checkout", "--quiet", "--detach", first);

        GitCommit.Read(repo).Should().Be(first);
    }

    [Fact]
    public void Read_Worktree_IsTheWorktreesCommit()
    {
        string repo = NewRepository("main");
        string first = RevParse(repo);
        Commit(repo, "second");
        string worktree = Path.Combine(_root, "wt");
        Git(repo, "worktree", "add", "--quiet", "-b", "old", worktree, first);

        File.Exists(Path.Combine(worktree, ".git")).Should().BeTrue("a worktree's .git is a gitdir: file");
        GitCommit.Read(worktree).Should().Be(first).And.NotBe(RevParse(repo));
    }

    [Fact]
    public void Read_NoRepositoryOrUnbornOrCorruptHead_IsNull()
    {
        string plain = Path.Combine(_root, "plain");
        Directory.CreateDirectory(plain);
        string unborn = Path.Combine(_root, "unborn");
        Directory.CreateDirectory(unborn);
        Git(unborn, "init", "--quiet", "-b", "main");
        string corrupt = NewRepository("corrupt");
        File.WriteAllText(Path.Combine(corrupt, ".git", "HEAD"), "not a ref\n");

        GitCommit.Read(plain).Should().BeNull();
        GitCommit.Read(unborn).Should().BeNull("no commit exists yet");
        GitCommit.Read(corrupt).Should().BeNull();
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string NewRepository(string name)
    {
        string repo = Path.Combine(_root, name);
        Directory.CreateDirectory(repo);
        File.WriteAllText(Path.Combine(repo, "first.txt"), "first");
        GitRepository.InitAndCommitAll(repo);
        return repo;
    }

    private static void Commit(string repo, string message)
    {
        File.WriteAllText(Path.Combine(repo, message + ".txt"), message);
        GitRepository.CommitAll(repo, message);
    }

    private static string RevParse(string repo) => GitRepository.Head(repo);

    private static void Git(string repo, params string[] args) => GitRepository.Git(repo, args);
}
