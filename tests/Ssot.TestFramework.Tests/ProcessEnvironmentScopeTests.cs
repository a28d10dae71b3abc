using FluentAssertions;
using Ssot.TestFramework.Testing;

namespace Ssot.TestFramework.Tests;

/// <summary>
/// A process variable set through the base class (<c>SetProcessEnvironmentVariable</c>); the scope itself is tested in
/// Ssot.TestFramework.Core.Tests (Environments/ProcessEnvironmentScopeTests).
/// </summary>
public sealed class ProcessEnvironmentScopeTests
{
    [Fact]
    public async Task SetProcessEnvironmentVariable_OnTheBaseClass_IsRestoredAtTheEndOfTheTest()
    {
        const string name = "SSOT_KIT_TEST_BASE_PROCESS_VAR";
        var test = new TestableTestCase(new RecordingOutput());
        test.SetProcessVariable(name, "inside");
        Environment.GetEnvironmentVariable(name).Should().Be("inside");

        await test.FinishAsync();

        Environment.GetEnvironmentVariable(name).Should().BeNull();
    }
}
