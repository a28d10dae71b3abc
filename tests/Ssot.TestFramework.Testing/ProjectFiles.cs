using System.Security.Cryptography;

namespace Ssot.TestFramework.Testing;

/// <summary>Fingerprints of a scanned project's files, to prove a scan writes nothing into it.</summary>
public static class ProjectFiles
{
    /// <summary>
    /// A SHA-256 of every file under <paramref name="root"/> (obj/ included), keyed by relative path; the kit's own cache
    /// folder (<c>.ssot/</c>, which holds its own <c>.gitignore</c>) is not one of the project's files.
    /// </summary>
    public static SortedDictionary<string, string> Hashes(string root)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (!relative.StartsWith(".ssot/", StringComparison.Ordinal))
            {
                hashes[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
            }
        }

        return hashes;
    }
}
