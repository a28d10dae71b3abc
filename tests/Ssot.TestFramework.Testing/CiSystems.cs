namespace Ssot.TestFramework.Testing;

/// <summary>
/// The variable of every CI system <c>CiDetector</c> knows, with a value that system sets: the rows of the CI theories
/// of the detector itself (Common.Tests), of the tool (Cli.Tests), of the import suite (Fixtures.Tests) and of the
/// packed packages (Packaging.Tests). <c>CiDetectorTests.Systems_EveryListedVariable_IsCoveredByTheTheory</c> keeps it
/// complete.
/// </summary>
public static class CiSystems
{
    public static TheoryData<string, string> Variables => new()
    {
        { "TF_BUILD", "True" },
        { "GITHUB_ACTIONS", "true" },
        { "GITLAB_CI", "true" },
        { "JENKINS_URL", "https://jenkins.example.com/" },
        { "TEAMCITY_VERSION", "2024.12 (build 174331)" },
        { "BUILDKITE", "true" },
        { "APPVEYOR", "True" },
        { "CIRCLECI", "true" },
        { "TRAVIS", "true" },
        { "BITBUCKET_BUILD_NUMBER", "42" },
    };
}
