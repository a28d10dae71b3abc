using FluentAssertions;
using Ssot.TestFramework.ExpectedFailures;
using Ssot.TestFramework.ExpectedFailures.Sdk;
using Ssot.TestFramework.Sdk;
using Xunit.Sdk;

namespace Ssot.TestFramework.Tests.ExpectedFailures.Sdk;

public sealed class ExpectedFailureSerializationTests
{
    public static TheoryData<bool?> Strictness => new() { null, false, true };

    private static ExpectedFailureSettings FullSettings(bool? strict) => new()
    {
        Reason = "legacy | duplicate\nwith two lines",
        Issue = "#1066",
        Strict = strict,
        Raises = ExpectedFailureSettings.ToTypeNames([typeof(ArgumentException), typeof(FormatException)]),
        MessagePattern = @"^dup #\d+$",
        Run = false,
        Deadline = "2026-12-31",
        Marker = "[ExpectedToFailTheory]",
    };

    private static Xunit.Abstractions.ITestMethod Method()
    {
        var assembly = new TestAssembly(Reflector.Wrap(typeof(ExpectedFailureSerializationTests).Assembly));
        var collection = new TestCollection(assembly, null, "collection");
        var testClass = new TestClass(collection, Reflector.Wrap(typeof(ExpectedFailureSerializationTests)));
        return new TestMethod(testClass, Reflector.Wrap(typeof(ExpectedFailureSerializationTests).GetMethod(nameof(Target), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!));
    }

    internal static void Target(int value) => _ = value;

    [Theory]
    [MemberData(nameof(Strictness))]
    public void TestCase_RoundTrip_KeepsEverySetting(bool? strict)
    {
        var original = new ExpectedFailureTestCase(new NullSink(), TestMethodDisplay.Method, TestMethodDisplayOptions.All, Method(), FullSettings(strict), [42]);

        ExpectedFailureTestCase copy = SerializationHelper.Deserialize<ExpectedFailureTestCase>(SerializationHelper.Serialize(original));

        copy.Settings.Should().BeEquivalentTo(FullSettings(strict));
        copy.TestMethodArguments.Should().Equal(42);
        copy.Traits["Issue"].Should().Equal("#1066");
        copy.Traits["Category"].Should().Equal("ExpectedToFail");
        copy.UniqueID.Should().Be(original.UniqueID);
    }

    [Theory]
    [MemberData(nameof(Strictness))]
    public void TheoryTestCase_RoundTrip_KeepsEverySetting(bool? strict)
    {
        var original = new ExpectedFailureTheoryTestCase(new NullSink(), TestMethodDisplay.Method, TestMethodDisplayOptions.All, Method(), FullSettings(strict));

        ExpectedFailureTheoryTestCase copy = SerializationHelper.Deserialize<ExpectedFailureTheoryTestCase>(SerializationHelper.Serialize(original));

        copy.Settings.Should().BeEquivalentTo(FullSettings(strict));
        copy.Traits["Issue"].Should().Equal("#1066");
    }

    [Fact]
    public void TestCase_RoundTripWithoutSettings_StaysOrdinary()
    {
        var original = new ExpectedFailureTestCase(new NullSink(), TestMethodDisplay.Method, TestMethodDisplayOptions.None, Method(), null, [1]);

        ExpectedFailureTestCase copy = SerializationHelper.Deserialize<ExpectedFailureTestCase>(SerializationHelper.Serialize(original));

        copy.Settings.Should().BeNull();
        copy.Traits.Should().NotContainKey("Category");
    }

    [Fact]
    public void TestCase_DifferentSettings_SerialiseDifferently()
    {
        var strict = new ExpectedFailureTestCase(new NullSink(), TestMethodDisplay.Method, TestMethodDisplayOptions.None, Method(), FullSettings(true), [1]);
        var unset = new ExpectedFailureTestCase(new NullSink(), TestMethodDisplay.Method, TestMethodDisplayOptions.None, Method(), FullSettings(null), [1]);

        SerializationHelper.Serialize(strict).Should().NotBe(SerializationHelper.Serialize(unset));
    }

    private sealed class NullSink : Xunit.LongLivedMarshalByRefObject, Xunit.Abstractions.IMessageSink
    {
        public bool OnMessage(Xunit.Abstractions.IMessageSinkMessage message) => true;
    }
}
