using FluentAssertions;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Imports;

/// <summary>
/// Issue 12's SSOT drift: a renamed copy of the canonical manager (Trees/Drift, scanned by the suite in source mode)
/// passed SSOT004 and SSOT006. SSOT004 still passes (the copy has another name); SSOT006 now fails naming it.
/// </summary>
public sealed class SurfaceCopySuiteTests
{
    /// <summary>A copy of Trees/Drift without its project files: the suite scans it in source mode, with no restore.</summary>
    private static ScannedTree SourceTree()
    {
        var tree = new ScannedTree("Drift");
        foreach (string project in Directory.EnumerateFiles(tree.Root, "*.*proj", SearchOption.AllDirectories).Concat(Directory.EnumerateFiles(tree.Root, "*.sln")))
        {
            File.Delete(project);
        }

        return tree;
    }

    [Fact]
    public async Task SSOT006_RenamedCopyOfTheCanonicalManager_FailsWithItsSimilarityWhileSSOT004Passes()
    {
        using ScannedTree tree = SourceTree();

        Exception? names = await tree.Suite(useBaseline: false).OutcomeOf(s => s.SSOT004_NoMultipleImportPaths());
        Exception? copies = await tree.Suite(useBaseline: false).OutcomeOf(s => s.SSOT006_NoDuplicateImplementation());

        names.Should().BeNull();
        copies.Should().NotBeNull();
        copies!.Message.Should().Contain("1 new SSOT006 (DuplicateImplementation) violation(s)")
            .And.Contain("Legacy/SocketHub.cs:8:21")
            .And.Contain("Chat.Legacy.SocketHub duplicates the public surface of canonical Chat.WebSockets.WebSocketManager: 9 of 10 public members match (90%)");
    }

    [Fact]
    public async Task SSOT006_CopyDeleted_Passes()
    {
        using ScannedTree tree = SourceTree();
        File.Delete(Path.Combine(tree.Root, "Legacy", "SocketHub.cs"));
        File.Delete(Path.Combine(tree.Root, "Legacy", "SocketHubFactory.cs"));
        Suite suite = tree.Suite(useBaseline: false);

        Exception? failure = await suite.OutcomeOf(s => s.SSOT006_NoDuplicateImplementation());

        failure.Should().BeNull();
        suite.Printed.Should().Contain("[ssot] SSOT006 DuplicateImplementation: no violations");
    }
}
