using Ssot.TestFramework.Compliance.Rules;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Compliance.Tests;

/// <summary>
/// The engine's side of <see cref="TreeFixture"/>, which lives in the shared Testing library and so cannot reference
/// the engine: <c>TreeFixture.Scan</c> and <c>TreeFixture.Actual</c>, as static extension members.
/// </summary>
internal static class TreeScans
{
    extension(TreeFixture)
    {
        public static ScanResult Scan(string tree) =>
            SsotScanner.Scan(TreeFixture.PathOf(tree), SsotRegistryLoader.Load(Path.Combine(TreeFixture.PathOf(tree), "ssot.json")));

        public static SortedSet<string> Actual(ScanResult result) =>
            new(result.Violations.Select(v => $"{v.RuleId} {v.File}:{v.Line}"), StringComparer.Ordinal);
    }
}
