using FluentAssertions;
using Ssot.TestFramework.ExpectedFailures;
using Ssot.TestFramework.ExpectedFailures.Sdk;
using Ssot.TestFramework.Sdk;

namespace Ssot.TestFramework.Tests.ExpectedFailures;

public sealed class ExpectedFailureTests
{
    [Fact]
    public void Declare_OutsideAKitTest_ThrowsNamingTheAttributes()
    {
        Action declare = () => ExpectedFailure.Declare("legacy", "#1");

        declare.Should().Throw<InvalidOperationException>().WithMessage("*[SsotFact]*[SsotTheory]*[ExpectedToFailFact]*");
    }

    [Fact]
    public async Task Declare_InsideAContext_RecordsSettingsForThatFlowOnly()
    {
        var context = new ExpectedFailureContext();
        ExpectedFailureContext.Current = context;
        try
        {
            Task other = Task.Run(() => ExpectedFailureContext.Current = null);
            ExpectedFailure.Declare("legacy", "#1", [typeof(ArgumentException)], "^x", strict: false, deadline: "2030-01-01");
            await other;

            context.Declared.Should().BeEquivalentTo(new ExpectedFailureSettings
            {
                Reason = "legacy",
                Issue = "#1",
                Strict = false,
                Raises = ExpectedFailureSettings.ToTypeNames([typeof(ArgumentException)]),
                MessagePattern = "^x",
                Deadline = "2030-01-01",
                Marker = "the ExpectedFailure.Declare call",
            });
            ExpectedFailure.IsAvailable.Should().BeTrue();
        }
        finally
        {
            ExpectedFailureContext.Current = null;
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Declare_EmptyReason_Throws(string reason) =>
        ((Action)(() => ExpectedFailure.Declare(reason))).Should().Throw<ArgumentException>();

    [Fact]
    public void Declare_RaisesNotAnException_Throws() =>
        ((Action)(() => ExpectedFailure.Declare("legacy", raises: [typeof(string)]))).Should().Throw<ArgumentException>().WithMessage("*System.String*");
}
