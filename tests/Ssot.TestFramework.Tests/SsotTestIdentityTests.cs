namespace Ssot.TestFramework.Tests;

public sealed class SsotTestIdentityTests
{
    [Fact]
    public void StableKey_CombinesClassMethodAndDisplayName_InOneString()
    {
        var identity = new SsotTestIdentity("A.B", "M", "A.B.M(x: 1)");
        Assert.Equal("A.B.M|A.B.M(x: 1)", identity.StableKey);
    }
}
