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
        var original = new ExpectedFailureTestCase(new NullMessageSink(), TestMethodDisplay.Method, TestMethodDisplayOptions.All, Method(), FullSettings(strict), [42]);

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
        var original = new ExpectedFailureTheoryTestCase(new NullMessageSink(), TestMethodDisplay.Method, TestMethodDisplayOptions.All, Method(), FullSettings(strict));

        ExpectedFailureTheoryTestCase copy = SerializationHelper.Deserialize<ExpectedFailureTheoryTestCase>(SerializationHelper.Serialize(original));

        copy.Settings.Should().BeEquivalentTo(FullSettings(strict));
        copy.Traits["Issue"].Should().Equal("#1066");
    }

    [Fact]
    public void TestCase_RoundTripWithoutSettings_StaysOrdinary()
    {
        var original = new ExpectedFailureTestCase(new NullMessageSink(), TestMethodDisplay.Method, TestMethodDisplayOptions.None, Method(), null, [1]);

        ExpectedFailureTestCase copy = SerializationHelper.Deserialize<ExpectedFailureTestCase>(SerializationHelper.Serialize(original));

        copy.Settings.Should().BeNull();
        copy.Traits.Should().NotContainKey("Category");
    }

    [Fact]
    public void TestCase_DifferentSettings_SerialiseDifferently()
    {
        var strict = new ExpectedFailureTestCase(new NullMessageSink(), TestMethodDisplay.Method, TestMethodDisplayOptions.None, Method(), FullSettings(true), [1]);
        var unset = new ExpectedFailureTestCase(new NullMessageSink(), TestMethodDisplay.Method, TestMethodDisplayOptions.None, Method(), FullSettings(null), [1]);

        SerializationHelper.Serialize(strict).Should().NotBe(SerializationHelper.Serialize(unset));
    }

    [Theory]
    [InlineData("{\"reason\":1}")]
    [InlineData("{\"reason\":\"r\"}")]
    [InlineData("not json")]
    public void Read_ValueNotWrittenByThisVersion_ThrowsNamingTheValueAndWhatToDo(string serialised)
    {
        var info = new SerializedValues();
        info.AddValue("Xfail", serialised);

        Action read = () => ExpectedFailureSettings.Read(info);

        read.Should().Throw<InvalidOperationException>()
            .WithMessage($"The serialised expected-failure settings of this test case ('Xfail' = {serialised}) are not what this version of Ssot.TestFramework writes (*")
            .Which.Message.Should().EndWith("rebuild the test project and discover the tests again.");
    }

    [Fact]
    public void Write_Settings_AreOneSerialisedValue()
    {
        var info = new SerializedValues();

        ExpectedFailureSettings.Write(info, FullSettings(strict: true));

        // One value: xUnit resolves each value's type by name when the test case is handed back to be run.
        info.Keys.Should().Equal("Xfail");
        ExpectedFailureSettings.Read(info).Should().BeEquivalentTo(FullSettings(strict: true));
    }
}
