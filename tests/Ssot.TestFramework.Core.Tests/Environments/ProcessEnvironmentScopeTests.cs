using FluentAssertions;
using Ssot.TestFramework.Environments;

namespace Ssot.TestFramework.Core.Tests.Environments;

public sealed class ProcessEnvironmentScopeTests
{
    [Fact]
    public void Dispose_VariableWasSet_RestoresThePreviousValue()
    {
        const string name = "SSOT_KIT_TEST_SCOPE_WAS_SET";
        Environment.SetEnvironmentVariable(name, "before");
        try
        {
            using (var scope = new ProcessEnvironmentScope("test"))
            {
                scope.Set(name, "during");
                scope.Set(name, "again");
                Environment.GetEnvironmentVariable(name).Should().Be("again");
            }

            Environment.GetEnvironmentVariable(name).Should().Be("before");
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public void Dispose_VariableWasUnset_UnsetsItAgain()
    {
        const string name = "SSOT_KIT_TEST_SCOPE_WAS_UNSET";
        Environment.GetEnvironmentVariable(name).Should().BeNull();
        using (var scope = new ProcessEnvironmentScope("test"))
        {
            scope.Set(name, "during");
            Environment.GetEnvironmentVariable(name).Should().Be("during");
        }

        Environment.GetEnvironmentVariable(name).Should().BeNull();
    }

    [Fact]
    public void Dispose_ScopeUnsetAVariableThatWasSet_SetsItBack()
    {
        const string name = "SSOT_KIT_TEST_SCOPE_UNSET_SET";
        Environment.SetEnvironmentVariable(name, "kept");
        try
        {
            using (var scope = new ProcessEnvironmentScope("test"))
            {
                scope.Set(name, null);
                Environment.GetEnvironmentVariable(name).Should().BeNull();
            }

            Environment.GetEnvironmentVariable(name).Should().Be("kept");
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public void Set_AnotherScopeHoldsTheVariable_WaitsAndThenTimesOutNamingIt()
    {
        const string name = "SSOT_KIT_TEST_SCOPE_CONTENDED";
        using var first = new ProcessEnvironmentScope("first");
        first.Set(name, "1");
        using var second = new ProcessEnvironmentScope("second") { LockTimeout = TimeSpan.FromMilliseconds(50) };

        Action set = () => second.Set(name, "2");

        set.Should().Throw<TimeoutException>().WithMessage($"*'second'*'{name}'*");
        Environment.GetEnvironmentVariable(name).Should().Be("1");
    }

    [Fact]
    public void Set_PreviousScopeDisposed_SecondScopeGetsTheVariable()
    {
        const string name = "SSOT_KIT_TEST_SCOPE_HANDOVER";
        using (var first = new ProcessEnvironmentScope("first"))
        {
            first.Set(name, "1");
        }

        using var second = new ProcessEnvironmentScope("second") { LockTimeout = TimeSpan.FromMilliseconds(50) };
        second.Set(name, "2");
        Environment.GetEnvironmentVariable(name).Should().Be("2");
    }
}
