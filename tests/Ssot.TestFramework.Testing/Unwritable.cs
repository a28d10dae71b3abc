using System.Diagnostics;

namespace Ssot.TestFramework.Testing;

/// <summary>
/// Makes a real file or folder unwritable for one test and undoes it: <c>chattr +i</c> (immutable, the only thing that
/// stops root, whom chmod does not stop), else <c>chmod a-w</c> for an ordinary user. Every attempt is checked by
/// trying a write, so a test never relies on a protection the platform did not give.
/// </summary>
public sealed class Unwritable : IDisposable
{
    private readonly string _path;
    private readonly bool _immutable;
    private readonly UnixFileMode _mode;

    private Unwritable(string path, bool immutable, UnixFileMode mode)
    {
        _path = path;
        _immutable = immutable;
        _mode = mode;
    }

    /// <summary>Gets how the path was protected: <c>chattr +i</c> or <c>chmod a-w</c>.</summary>
    public string How => _immutable ? "chattr +i" : "chmod a-w";

    /// <summary>Protects <paramref name="path"/>, or returns null with the reason when the platform cannot.</summary>
    public static (Unwritable? Guard, string Reason) TryMake(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return (null, "Unix file flags only");
        }

        UnixFileMode mode = File.GetUnixFileMode(path);
        if (Chattr("+i", path))
        {
            if (!CanWrite(path))
            {
                return (new Unwritable(path, immutable: true, mode), string.Empty);
            }

            Chattr("-i", path);
        }

        File.SetUnixFileMode(path, mode & ~(UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite));
        if (!CanWrite(path))
        {
            return (new Unwritable(path, immutable: false, mode), string.Empty);
        }

        File.SetUnixFileMode(path, mode);
        return (null, $"neither chattr +i nor chmod a-w stops writes to {path} here (running as {Environment.UserName}, file system without the immutable flag?)");
    }

    public void Dispose()
    {
        if (_immutable)
        {
            Chattr("-i", _path);
        }
        else if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_path, _mode);
        }
    }

    private static bool CanWrite(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                string probe = Path.Combine(path, ".probe-" + Guid.NewGuid().ToString("N"));
                File.WriteAllText(probe, "x");
                File.Delete(probe);
            }
            else
            {
                using FileStream stream = new(path, FileMode.Append, FileAccess.Write);
            }

            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static bool Chattr(string flag, string path)
    {
        try
        {
            var psi = new ProcessStartInfo("chattr") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
            psi.ArgumentList.Add(flag);
            psi.ArgumentList.Add(path);
            using Process process = Process.Start(psi)!;
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no chattr on this machine
        }
    }
}
