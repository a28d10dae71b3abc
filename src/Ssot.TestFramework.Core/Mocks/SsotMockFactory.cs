using Bogus;
using Moq;
using Ssot.TestFramework.Users;
using Ssot.TestFramework.WebSockets;

namespace Ssot.TestFramework.Mocks;

/// <summary>
/// Creates the test doubles of one test: strict Moq mocks from one repository (verified when the test ends) and
/// reproducible fake data from Bogus fakers seeded by the test's seed.
/// </summary>
/// <remarks>
/// Thread-safe. Mocks are strict: a call without a setup throws, and every setup is an expectation that
/// <see cref="VerifyAll"/> checks. Fakers are local and seeded (the global <c>Randomizer.Seed</c> is never touched,
/// so parallel tests cannot disturb each other) and use <see cref="ReferenceDate"/> as "now". Bogus 34 reads "now" from
/// the process-wide <c>Bogus.DataSets.Date.SystemClock</c>; the factory sets it once per process to the constant
/// <see cref="ReferenceDate"/> and never changes it afterwards, so every test sees the same clock.
/// </remarks>
public sealed class SsotMockFactory
{
    /// <summary>The fixed "now" of every faker: 2025-01-01T00:00:00Z.</summary>
    public static readonly DateTime ReferenceDate = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly MockRepository _repository = new(MockBehavior.Strict);
    private readonly object _gate = new();
    private int _streams;

    static SsotMockFactory()
    {
        Bogus.DataSets.Date.SystemClock = static () => ReferenceDate;
    }

    /// <summary>Initializes a new factory.</summary>
    /// <param name="seed">The seed of every faker and user context this factory makes.</param>
    public SsotMockFactory(int seed)
    {
        Seed = seed;
        UserContexts = new UserContextGenerator(SsotSeed.Mix(seed, -1));
    }

    /// <summary>Gets the generator behind <see cref="CreateUserContext"/>: deterministic for <see cref="Seed"/>, ids unique within it.</summary>
    public UserContextGenerator UserContexts { get; }

    /// <summary>Gets the seed given at construction.</summary>
    public int Seed { get; }

    /// <summary>Creates a strict mock: calls without a setup throw, and every setup must be used by the end of the test.</summary>
    /// <typeparam name="T">The mocked type.</typeparam>
    /// <param name="constructorArguments">Arguments for a class's constructor, if any.</param>
    /// <returns>The mock.</returns>
    public Mock<T> Create<T>(params object[] constructorArguments)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(constructorArguments);
        lock (_gate)
        {
            return _repository.Create<T>(constructorArguments);
        }
    }

    /// <summary>
    /// Verifies every mock made by <see cref="Create{T}"/>: each setup must have been called. The base test case calls
    /// this when the test ends.
    /// </summary>
    /// <exception cref="MockException">A setup was never called; the message lists which.</exception>
    public void VerifyAll()
    {
        lock (_gate)
        {
            _repository.VerifyAll();
        }
    }

    /// <summary>Creates a faker for <typeparamref name="T"/> with its own reproducible seed (the n-th call of a factory always gets the same one).</summary>
    /// <typeparam name="T">The faked type.</typeparam>
    /// <returns>A seeded faker with <see cref="ReferenceDate"/> as "now"; add rules in a stable order.</returns>
    public Faker<T> Fake<T>()
        where T : class
    {
        return new Faker<T>().UseSeed(NextStreamSeed());
    }

    /// <summary>Creates a general faker with its own reproducible seed and <see cref="ReferenceDate"/> as "now".</summary>
    /// <returns>The faker.</returns>
    public Faker Faker()
    {
        return new Faker { Random = new Randomizer(NextStreamSeed()) };
    }

    /// <summary>Creates a user context with typed, prefixed ids (<c>usr_</c>, <c>thr_</c>, <c>run_</c>, <c>req_</c>, <c>conn_</c>), deterministic for <see cref="Seed"/>.</summary>
    /// <returns>The context.</returns>
    public UserContext CreateUserContext() => UserContexts.Create();

    /// <summary>Creates <paramref name="count"/> user contexts whose ids are all distinct.</summary>
    /// <param name="count">How many; zero or more.</param>
    /// <returns>The contexts.</returns>
    public IReadOnlyList<UserContext> CreateUserContexts(int count) => UserContexts.Create(count);

    /// <summary>
    /// Creates two connected <see cref="System.Net.WebSockets.WebSocket"/>s speaking the real WebSocket protocol over an
    /// in-memory duplex stream (no network, no mock), for unit tests of connection code. Dispose the pair at the end.
    /// </summary>
    /// <param name="subProtocol">The negotiated sub-protocol, or <see langword="null"/>.</param>
    /// <returns>The pair: <c>Client</c> and <c>Server</c>.</returns>
    public InMemoryWebSocketPair CreateWebSocketPair(string? subProtocol = null) => InMemoryWebSocketPair.Create(subProtocol);

    private int NextStreamSeed() => SsotSeed.Mix(Seed, Interlocked.Increment(ref _streams));
}
