namespace Ssot.TestFramework.Common;

/// <summary>Where <see cref="SsotProjectDirectory"/> found the project folder.</summary>
public enum SsotProjectDirectorySource
{
    /// <summary>The package's build stamped it into the test assembly.</summary>
    Stamp,

    /// <summary>The nearest folder with a <c>*.csproj</c> above the test binaries (no stamp).</summary>
    WalkUp,

    /// <summary>The current directory (no stamp, no project file above the binaries).</summary>
    CurrentDirectory,
}
