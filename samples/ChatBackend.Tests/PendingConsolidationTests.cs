using Chat.WebSockets;
using Ssot.TestFramework;
using Ssot.TestFramework.ExpectedFailures;

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
}
