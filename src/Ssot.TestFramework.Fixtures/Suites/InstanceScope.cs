namespace Ssot.TestFramework.Fixtures.Suites;

/// <summary>How many manager instances the canonical creation path must hand out.</summary>
public enum InstanceScope
{
    /// <summary>One new instance for each user (the default).</summary>
    PerUser = 0,

    /// <summary>One new instance for each request, even for the same user.</summary>
    PerRequest = 1,
}
