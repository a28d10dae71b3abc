namespace Ssot.TestFramework.Packaging.Tests;

/// <summary>
/// The test classes that use the packed packages share one <see cref="PackedPackagesFixture"/>: one pack per test run,
/// however many classes consume it. Put a new class on packed packages into this collection with
/// <c>[Collection(PackedPackagesCollection.Name)]</c> instead of an <c>IClassFixture</c>, which would pack again.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PackedPackagesCollection : ICollectionFixture<PackedPackagesFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Packed packages";
}
