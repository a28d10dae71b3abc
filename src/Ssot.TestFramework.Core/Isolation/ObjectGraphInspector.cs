namespace Ssot.TestFramework.Isolation;

/// <summary>
/// Non-throwing analysis of object graphs that must be isolated from each other (e.g. the state each simulated
/// user ended up with): finds mutable objects reachable from more than one root.
/// </summary>
/// <remarks>
/// <para>
/// Walks instance fields of every visibility (base types included) by reflection, value-type fields inline,
/// array elements and elements of BCL collections (<c>System.Collections*</c>) as <c>[i]</c> or <c>[key]</c>.
/// Paths start with the camelCase name of the root's type, e.g. <c>manager._inner._cache</c>; auto-property backing
/// fields appear under the property name.
/// </para>
/// <para>
/// Only the outermost shared mutable object is reported: the walk does not descend into an object another root
/// already reached. Harmless sharing is not reported: strings, boxed primitives and enums, empty arrays,
/// reflection objects, tasks, culture/encoding/comparer singletons, delegates (their targets are walked) and
/// objects whose whole type hierarchy has only readonly fields (their fields are walked, so a readonly wrapper
/// around a shared mutable list is still reported). Cycles are handled. Findings are ordered deterministically.
/// </para>
/// <para>Thread-safe: every call uses its own state; the roots must not be mutated during the call.</para>
/// </remarks>
public static class ObjectGraphInspector
{
    /// <summary>Finds mutable objects reachable from more than one of <paramref name="roots"/>.</summary>
    /// <param name="roots">
    /// The roots with their labels (e.g. <c>user[usr_x]</c>); a null or blank label defaults to the camelCase name of
    /// the root's type. Null roots are ignored.
    /// </param>
    /// <param name="options">Allow-list and limits; <see langword="null"/> uses <see cref="IsolationOptions.Default"/>.</param>
    /// <returns>At most <see cref="IsolationOptions.MaxFindings"/> findings; empty when the roots are isolated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roots"/> is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">The walk exceeded <see cref="IsolationOptions.MaxObjectsToWalk"/>.</exception>
    public static IReadOnlyList<SharedStateFinding> FindSharedState(
        IReadOnlyList<(string Label, object Root)> roots,
        IsolationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(roots);
        options ??= IsolationOptions.Default;
        options.Validate();
        return new ObjectGraphWalker(roots, options).Run();
    }

    /// <summary>Like <see cref="FindSharedState"/>, with the typed segments of both paths (for messages that name the holder).</summary>
    internal static IReadOnlyList<SharedStateTrace> TraceSharedState(IReadOnlyList<(string Label, object Root)> roots, IsolationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(roots);
        options ??= IsolationOptions.Default;
        options.Validate();
        return new ObjectGraphWalker(roots, options).RunTraced();
    }
}

/// <summary>A finding with the typed segments of its two paths.</summary>
/// <param name="Finding">The finding.</param>
/// <param name="StepsA">The segments of <see cref="SharedStateFinding.PathA"/>.</param>
/// <param name="StepsB">The segments of <see cref="SharedStateFinding.PathB"/>.</param>
internal sealed record SharedStateTrace(SharedStateFinding Finding, IReadOnlyList<GraphStep> StepsA, IReadOnlyList<GraphStep> StepsB);
