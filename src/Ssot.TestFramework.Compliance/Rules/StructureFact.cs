namespace Ssot.TestFramework.Compliance.Rules;

/// <summary>What an SSOT006 fact is about.</summary>
internal enum StructureFactKind
{
    /// <summary>A non-abstract type implementing a canonical concept's interface.</summary>
    Implementation,

    /// <summary>A <c>new</c> of a canonical type.</summary>
    Creation,
}

/// <summary>
/// One SSOT006 fact from one compilation, judged with the facts of every other compilation of the scan
/// (<see cref="StructureAnalyzer.Decide"/>).
/// </summary>
/// <param name="Kind">Implementation or creation.</param>
/// <param name="Entry">The canonical entry's symbol ID.</param>
/// <param name="Member">What is counted: the implementing type, or the creating member and file.</param>
/// <param name="Counts">Whether the fact is a candidate violation (not the canonical type; outside the factory).</param>
/// <param name="HasFactory">Whether the entry names a sanctioned factory.</param>
/// <param name="Violation">The violation to report when the group is judged a duplicate.</param>
/// <param name="Interface">The concept's interface, for implementations.</param>
/// <param name="Canonical">The canonical type's display name.</param>
internal sealed record StructureFact(StructureFactKind Kind, string Entry, string Member, bool Counts, bool HasFactory, Violation Violation, string? Interface, string Canonical);
