using Ssot.TestFramework;
using Ssot.TestFramework.ExpectedFailures;

namespace ExpectedFailures.Sample;

public sealed class TheoryCases
{
    public static IEnumerable<object[]> RuntimeRows() => [[1], [2], [3]];

    public static IEnumerable<object[]> RuntimeRowOne() => [[1]];

    public static IEnumerable<object[]> NonSerializableRows() => [[new Opaque(1)], [new Opaque(2)]];

    [ExpectedToFailTheory("rows are broken", Issue = "#3001")]
    [InlineData(1)]
    [InlineData(2)]
    public void PreEnumerated_EachRowOwnOutcome(int value)
    {
        if (value == 1)
        {
            throw new InvalidOperationException($"row {value} broken");
        }
    }

    [ExpectedToFailTheory("rows are broken", Issue = "#3002")]
    [MemberData(nameof(RuntimeRows), DisableDiscoveryEnumeration = true)]
    public void RuntimeRows_EachRowOwnOutcome(int value)
    {
        if (value != 3)
        {
            throw new InvalidOperationException($"row {value} broken");
        }
    }

    [ExpectedToFailTheory("opaque rows are broken", Issue = "#3003")]
    [MemberData(nameof(NonSerializableRows))]
    public void NonSerializableRows_AreSkipped(Opaque value) => throw new InvalidOperationException($"opaque {value.Value} broken");

    [SsotTheory]
    [InlineData(1)]
    [InlineData(2)]
    [ExpectedToFailRow("row 3 hits the legacy path", 3, Issue = "#3004")]
    public void SingleMarkedRow_OnlyThatRowExpected(int value) => Assert.NotEqual(3, value);

    [SsotTheory]
    [MemberData(nameof(RuntimeRowOne), DisableDiscoveryEnumeration = true)]
    [ExpectedToFailRow("row 2 hits the legacy path", 2, Issue = "#3005")]
    public void SingleMarkedRowRuntime_OnlyThatRowExpected(int value) => Assert.NotEqual(2, value);

    public sealed class Opaque(int value)
    {
        public int Value { get; } = value;

        public override string ToString() => $"Opaque({Value})";
    }
}
