namespace Ssot.TestFramework.Isolation;

/// <summary>Allow-list and limits for the shared-state analysis of <see cref="ObjectGraphInspector"/> and <see cref="IsolationAssert"/>.</summary>
/// <remarks>Immutable after initialization and therefore thread-safe (provided <see cref="AllowShared"/> is).</remarks>
public sealed class IsolationOptions
{
    /// <summary>Gets the options used when none are given: nothing allow-listed, 1,000,000 objects, 50 findings.</summary>
    public static IsolationOptions Default { get; } = new();

    /// <summary>
    /// Gets the types whose instances may be shared between roots (e.g. a logger interface). An object matches when
    /// its runtime type is, derives from or implements one of them; an open generic type definition matches all its
    /// constructions. Matching objects are neither reported nor walked. Default: empty.
    /// </summary>
    public IReadOnlyList<Type> AllowedSharedTypes { get; init; } = Array.Empty<Type>();

    /// <summary>
    /// Gets an extra predicate: when it returns <see langword="true"/> for an object, that object may be shared and
    /// is neither reported nor walked. Default: <see langword="null"/> (no extra allowance).
    /// </summary>
    public Func<object, bool>? AllowShared { get; init; }

    /// <summary>
    /// Gets the maximum number of objects the walk may visit before it throws <see cref="InvalidOperationException"/>
    /// (never a silent pass). Default: 1,000,000.
    /// </summary>
    public int MaxObjectsToWalk { get; init; } = 1_000_000;

    /// <summary>Gets the maximum number of findings collected; the walk stops once reached. Default: 50.</summary>
    public int MaxFindings { get; init; } = 50;

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(AllowedSharedTypes, nameof(AllowedSharedTypes));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxObjectsToWalk, nameof(MaxObjectsToWalk));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxFindings, nameof(MaxFindings));
    }

    internal bool IsAllowed(object value)
    {
        Type type = value.GetType();
        foreach (Type allowed in AllowedSharedTypes)
        {
            if (allowed.IsAssignableFrom(type) || (allowed.IsGenericTypeDefinition && MatchesOpenGeneric(type, allowed)))
            {
                return true;
            }
        }

        return AllowShared?.Invoke(value) == true;
    }

    private static bool MatchesOpenGeneric(Type type, Type definition)
    {
        for (Type? current = type; current is not null; current = current.BaseType)
        {
            if (current.IsGenericType && current.GetGenericTypeDefinition() == definition)
            {
                return true;
            }
        }

        return type.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == definition);
    }
}
