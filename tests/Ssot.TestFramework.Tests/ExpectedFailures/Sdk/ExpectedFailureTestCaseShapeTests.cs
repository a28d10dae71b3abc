using System.ComponentModel;
using System.Reflection;
using FluentAssertions;
using Ssot.TestFramework.ExpectedFailures.Sdk;
using Ssot.TestFramework.Sdk;

namespace Ssot.TestFramework.Tests.ExpectedFailures.Sdk;

public sealed class ExpectedFailureTestCaseShapeTests
{
    [Theory]
    [InlineData(typeof(ExpectedFailureTestCase))]
    [InlineData(typeof(ExpectedFailureTheoryTestCase))]
    public void ParameterlessConstructor_ForTheDeserializer_IsPublicHiddenAndObsoleteAsError(Type testCase)
    {
        ConstructorInfo? ctor = testCase.GetConstructor(Type.EmptyTypes);

        ctor.Should().NotBeNull();
        ctor!.GetCustomAttribute<EditorBrowsableAttribute>()!.State.Should().Be(EditorBrowsableState.Never);
        ctor!.GetCustomAttribute<ObsoleteAttribute>().Should().Match<ObsoleteAttribute>(o => o.IsError
            && o.Message == "Called by the de-serializer; should only be called by deriving classes for de-serialization purposes");
    }

    [Fact]
    public void ParameterlessConstructor_OnAPlainClass_IsAbsent() =>
        typeof(ExpectedFailureEvaluator).GetConstructor(Type.EmptyTypes).Should().BeNull();
}
