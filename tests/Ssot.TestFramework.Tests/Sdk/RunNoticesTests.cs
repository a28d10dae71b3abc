using FluentAssertions;
using Ssot.TestFramework.Common;
using Ssot.TestFramework.Sdk;
using Xunit.Abstractions;

namespace Ssot.TestFramework.Tests.Sdk;

public sealed class RunNoticesTests
{
    private sealed class RecordingSink : Xunit.LongLivedMarshalByRefObject, IMessageSink
    {
        public List<string> Lines { get; } = [];

        public bool OnMessage(IMessageSinkMessage message)
        {
            Lines.Add(((IDiagnosticMessage)message).Message);
            return true;
        }
    }

    [Fact]
    public void SendTo_SameLineAddedTwice_SendsItOnceInOrder()
    {
        var notices = new RunNotices();
        var sink = new RecordingSink();

        notices.Add("[ssot] report: /r/import-compliance.md");
        notices.Add("[ssot] baseline created: /r/ssot.baseline.json");
        notices.Add("[ssot] report: /r/import-compliance.md");
        notices.SendTo(sink);

        sink.Lines.Should().Equal("[ssot] report: /r/import-compliance.md", "[ssot] baseline created: /r/ssot.baseline.json");
    }

    [Fact]
    public void SendTo_AfterEverythingWasSent_SendsNothingAgain()
    {
        var notices = new RunNotices();
        var first = new RecordingSink();
        var second = new RecordingSink();
        notices.Add("[ssot] report: /r/import-compliance.md");
        notices.SendTo(first);

        notices.Add("[ssot] report: /r/import-compliance.md");
        notices.SendTo(second);

        first.Lines.Should().ContainSingle();
        second.Lines.Should().BeEmpty();
    }
}
