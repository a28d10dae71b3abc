namespace Ssot.TestFramework.Compliance.Projects;

/// <summary>Keeps the kit's <c>.ssot/</c> cache folder out of git: it holds its own <c>.gitignore</c>.</summary>
internal static class CacheIgnore
{
    public static void Ensure(string ssotFolder)
    {
        string ignore = Path.Combine(ssotFolder, ".gitignore");
        if (!File.Exists(ignore))
        {
            Directory.CreateDirectory(ssotFolder);
            File.WriteAllText(ignore, "# Ssot.TestFramework cache: never commit it.\n*\n");
        }
    }
}
