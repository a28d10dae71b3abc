using Ssot.TestFramework.Common;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Ssot.TestFramework.Sdk;

/// <summary>Sends the run's notices (<see cref="RunNotices"/>) through xUnit's diagnostic message sink. Thread-safe.</summary>
internal static class RunNoticeMessages
{
    /// <summary>Sends the queued lines to <paramref name="sink"/> as diagnostic messages, in the order they were added.</summary>
    public static void SendTo(this RunNotices notices, IMessageSink sink)
    {
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(sink);
        notices.SendTo(line => sink.OnMessage(new DiagnosticMessage(line)));
    }
}
