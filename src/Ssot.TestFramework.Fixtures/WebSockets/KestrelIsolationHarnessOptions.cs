using System.Text.Json;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.WebSockets;

/// <summary>
/// Options for <see cref="KestrelIsolationHarness"/>, for teams that configure it with delegates instead of (or as well
/// as) overriding its virtual methods. Not thread-safe while being set; read while the harness runs.
/// </summary>
public sealed class KestrelIsolationHarnessOptions
{
    /// <summary>Gets or sets the endpoint path clients connect to. Default <see langword="null"/>: the fixture's default path.</summary>
    public string? Path { get; set; }

    /// <summary>Gets or sets who a user connects as. Default <see cref="ClientIdentity.From"/>.</summary>
    public Func<UserContext, ClientIdentity> Identity { get; set; } = ClientIdentity.From;

    /// <summary>
    /// Gets or sets the JSON command that starts a run (serialised with <see cref="SerializerOptions"/> and sent as one
    /// text message). Default <c>{"type":"start_run","user_id":…,"run_id":…,"thread_id":…}</c>. A spoofing command
    /// (<see cref="UserSession.StartWorkClaimingAsync"/>) is built by the same delegate from the claimed identity.
    /// </summary>
    public Func<UserContext, RunId, object> StartCommand { get; set; } = DefaultStartCommand;

    /// <summary>Gets or sets the serializer options for <see cref="StartCommand"/>. Default System.Text.Json defaults.</summary>
    public JsonSerializerOptions? SerializerOptions { get; set; }

    /// <summary>
    /// Gets or sets how to find the server's in-process object for a user's connection (e.g. a registry look-up by
    /// connection id), or <see langword="null"/> when it is gone. Default none: sessions expose no connection and the
    /// disconnect check is reported as not applicable.
    /// </summary>
    public Func<UserContext, object?>? ConnectionOf { get; set; }

    /// <summary>Gets or sets the server's in-process objects that hold its state. Default none.</summary>
    public Func<IReadOnlyList<object>>? SystemRoots { get; set; }

    /// <summary>Gets or sets how to store a value in a user's state. Default none: the state checks are not applicable.</summary>
    public Func<UserContext, string, string, CancellationToken, Task>? WriteState { get; set; }

    /// <summary>Gets or sets how to read a value of a user's state. Default none: the state checks are not applicable.</summary>
    public Func<UserContext, string, CancellationToken, Task<string?>>? ReadState { get; set; }

    /// <summary>
    /// Gets or sets how long a disconnect or an abort waits, after the socket closed (or was dropped), for
    /// <see cref="ConnectionOf"/> to stop finding the connection (the server handled it). Default 5 seconds, scaled by
    /// <c>SSOT_TIMEFACTOR</c>.
    /// </summary>
    public TimeSpan DisconnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Gets or sets a value indicating whether disposing the harness stops the fixture. Default <see langword="false"/>:
    /// the harness only closes the clients it connected, so one fixture can serve many tests.
    /// </summary>
    public bool OwnsFixture { get; set; }

    private static Dictionary<string, string> DefaultStartCommand(UserContext user, RunId run) => new(StringComparer.Ordinal)
    {
        ["type"] = "start_run",
        ["user_id"] = user.UserId.Value,
        ["run_id"] = run.Value,
        ["thread_id"] = user.ThreadId.Value,
    };
}
