namespace Ssot.TestFramework.Users;

/// <summary>
/// Creates <see cref="UserContext"/> instances whose identifiers are deterministic for a seed and unique within
/// the generator.
/// </summary>
/// <remarks>
/// The same seed always yields the same sequence of contexts; different seeds yield different ones. Suffixes are
/// 12 lowercase base32 characters drawn from a private <see cref="Random"/> seeded with <see cref="Seed"/>; the
/// shared <see cref="Random.Shared"/> is never used. If a suffix repeats, the next one from the same deterministic
/// source is taken, so no identifier of any kind is ever issued twice by one generator.
/// All members are thread-safe; when called concurrently the order in which callers receive contexts is not
/// deterministic, only the sequence as a whole is.
/// </remarks>
public sealed class UserContextGenerator
{
    private const string Base32Alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    private const int SuffixLength = 12;

    private readonly object _gate = new();
    private readonly Func<string> _nextSuffix;
    private readonly HashSet<string> _issued = new(StringComparer.Ordinal);

    /// <summary>Initializes a new generator for <paramref name="seed"/>.</summary>
    /// <param name="seed">The seed; the same seed yields the same contexts.</param>
    public UserContextGenerator(int seed)
    {
        Seed = seed;
        var random = new Random(seed);
        _nextSuffix = () => NextBase32(random);
    }

    /// <summary>Initializes a generator with an explicit suffix source (used to test collision handling).</summary>
    internal UserContextGenerator(int seed, Func<string> nextSuffix)
    {
        Seed = seed;
        _nextSuffix = nextSuffix;
    }

    /// <summary>Gets the seed this generator was created with.</summary>
    public int Seed { get; }

    /// <summary>Creates the next user context.</summary>
    /// <returns>A context whose five identifiers were never issued before by this generator.</returns>
    public UserContext Create()
    {
        lock (_gate)
        {
            return CreateLocked();
        }
    }

    /// <summary>Creates the next <paramref name="count"/> user contexts as one contiguous block of the sequence.</summary>
    /// <param name="count">How many contexts to create; zero yields an empty list.</param>
    /// <returns>The contexts, in sequence order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public IReadOnlyList<UserContext> Create(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var contexts = new UserContext[count];
        lock (_gate)
        {
            for (int i = 0; i < count; i++)
            {
                contexts[i] = CreateLocked();
            }
        }

        return contexts;
    }

    private UserContext CreateLocked() => new(
        new UserId(NextId(UserId.Prefix)),
        new ThreadId(NextId(ThreadId.Prefix)),
        new RunId(NextId(RunId.Prefix)),
        new RequestId(NextId(RequestId.Prefix)),
        new ConnectionId(NextId(ConnectionId.Prefix)));

    private string NextId(string prefix)
    {
        while (true)
        {
            string id = prefix + _nextSuffix();
            if (_issued.Add(id))
            {
                return id;
            }
        }
    }

    private static string NextBase32(Random random)
    {
        return string.Create(SuffixLength, random, static (span, rng) =>
        {
            for (int i = 0; i < span.Length; i++)
            {
                span[i] = Base32Alphabet[rng.Next(Base32Alphabet.Length)];
            }
        });
    }
}
