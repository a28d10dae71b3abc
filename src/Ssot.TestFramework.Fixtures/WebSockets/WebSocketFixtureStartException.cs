namespace Ssot.TestFramework.Fixtures.WebSockets;

/// <summary>Thrown when a <see cref="KestrelWebSocketFixture"/> cannot start its server; the cause is the <see cref="Exception.InnerException"/>.</summary>
public sealed class WebSocketFixtureStartException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public WebSocketFixtureStartException()
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">What failed.</param>
    public WebSocketFixtureStartException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and the cause.</summary>
    /// <param name="message">What failed.</param>
    /// <param name="innerException">The cause.</param>
    public WebSocketFixtureStartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
