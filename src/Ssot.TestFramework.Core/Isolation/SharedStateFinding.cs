namespace Ssot.TestFramework.Isolation;

/// <summary>One mutable object reachable from two different roots.</summary>
/// <param name="SharedType">The runtime type of the shared object.</param>
/// <param name="LabelA">The label of the root that reached the object first (earlier in the root list).</param>
/// <param name="PathA">The field path from root A, e.g. <c>manager._inner._cache</c>.</param>
/// <param name="LabelB">The label of the other root.</param>
/// <param name="PathB">The field path from root B.</param>
/// <remarks>Immutable and therefore thread-safe.</remarks>
public sealed record SharedStateFinding(Type SharedType, string LabelA, string PathA, string LabelB, string PathB)
{
    /// <summary>
    /// Returns e.g. <c>Shared mutable System.Collections.Generic.Dictionary&lt;String,Int32&gt; reachable from
    /// user[usr_x] as manager._inner._cache and from user[usr_y] as manager._inner._cache</c>.
    /// </summary>
    /// <returns>The human-readable finding.</returns>
    public override string ToString() =>
        $"Shared mutable {TypeNameFormatter.Format(SharedType)} reachable from {LabelA} as {PathA} and from {LabelB} as {PathB}";
}
