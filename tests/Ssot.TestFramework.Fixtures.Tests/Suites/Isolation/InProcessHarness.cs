using Ssot.TestFramework.Fixtures.Events;
using Ssot.TestFramework.Fixtures.Suites;
using Ssot.TestFramework.Users;

namespace Ssot.TestFramework.Fixtures.Tests.Suites.Isolation;

/// <summary>What a team writes to adapt its system to the isolation suite: a few lines.</summary>
public sealed class InProcessHarness(InProcessChatSystem system) : UserIsolationHarness
{
    public override IReadOnlyList<object> SystemRoots => [system];

    public override Task<UserSession> ConnectAsync(UserContext user, CancellationToken cancellationToken)
    {
        var connection = new Connection();
        system.Connect(user.UserId.Value, connection);
        return Task.FromResult<UserSession>(new Session(system, user, connection));
    }

    private sealed class Session(InProcessChatSystem system, UserContext user, Connection connection) : UserSession(user)
    {
        public override IEventSource Received => connection.Log;

        public override object? Connection => connection;

        public override Task StartWorkAsync(RunId run, CancellationToken cancellationToken)
        {
            _ = Task.Run(() => system.RunAsync(User.UserId.Value, run.Value), cancellationToken);
            return Task.CompletedTask;
        }

        public override Task StartWorkClaimingAsync(RunId run, UserContext claimed, CancellationToken cancellationToken)
        {
            _ = Task.Run(() => system.CommandAsync(User.UserId.Value, run.Value, claimed.UserId.Value), cancellationToken);
            return Task.CompletedTask;
        }

        public override Task AbortAsync(CancellationToken cancellationToken)
        {
            system.ConnectionLost(User.UserId.Value);
            return Task.CompletedTask;
        }

        public override Task WriteStateAsync(string key, string value, CancellationToken cancellationToken)
        {
            system.WriteState(User.UserId.Value, key, value);
            return Task.CompletedTask;
        }

        public override Task<string?> ReadStateAsync(string key, CancellationToken cancellationToken) =>
            Task.FromResult(system.ReadState(User.UserId.Value, key));

        public override Task DisconnectAsync(CancellationToken cancellationToken)
        {
            system.Disconnect(User.UserId.Value);
            return Task.CompletedTask;
        }
    }
}
