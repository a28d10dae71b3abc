using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace Ssot.TestFramework.Fixtures.Tests.Sdk;

/// <summary>An xUnit message sink that keeps the text of every diagnostic message it is given.</summary>
internal sealed class RecordingSink : Xunit.LongLivedMarshalByRefObject, IMessageSink
{
    private readonly ConcurrentQueue<string> _messages = new();

    public IReadOnlyList<string> Messages => _messages.ToArray();

    public bool OnMessage(IMessageSinkMessage message)
    {
        if (message is IDiagnosticMessage diagnostic)
        {
            _messages.Enqueue(diagnostic.Message);
        }

        return true;
    }
}
