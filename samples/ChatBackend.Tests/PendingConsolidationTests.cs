using Chat.WebSockets;
using Ssot.TestFramework;
using Ssot.TestFramework.Rules;

namespace Chat.Tests;

/// <summary>The target design, stated before the code gets there: these fail until the consolidation lands.</summary>
public sealed class PendingConsolidationTests(ITestOutputHelper output) : SsotBaseTestCase(output)
{
    [ExpectedToFailFact("The deprecated WebSocketManagerFactory still exists", Issue = "#1066")]
    public void DeprecatedFactory_IsGone()
    {
        Type? factory = typeof(WebSocketManager).Assembly.GetType("Chat.WebSockets.WebSocketManagerFactory");
        Assert.Null(factory);
    }

    [ExpectedToFailFact("ChatEndpoint still creates managers two ways (dual pattern)", Issue = "#1144", Raises = [typeof(Xunit.Sdk.DoesNotContainException)])]
    public void ChatEndpoint_HasOneCreationPath()
    {
        string root = Path.Combine(ProjectDirectory, "..", "ChatBackend");
        ScanResult scan = SsotScanner.Scan(root, SsotRegistryLoader.Load(Path.Combine(ProjectDirectory, "ssot.json")));

        Assert.DoesNotContain(scan.Violations, v => v.File == "Hosting/ChatEndpoint.cs");
    }

    private static string ProjectDirectory => Ssot.TestFramework.Reports.SsotResultsDirectory.FindProjectDirectory(AppContext.BaseDirectory)!;
}
