using Fx.Legacy;
using static Fx.Legacy.Helpers;

namespace Fx.App;

[OldMarker] // exact: SSOT001(net10.0;net8.0)
[Obsolete("an attribute that is not in the registry")]
public sealed class Uses
{
    public void Creations()
    {
        var plain = new OldClient();
        var secure = new OldClient(true); // exact: SSOT001(net10.0;net8.0)
        OldClient targetTyped = new(false); // exact: SSOT001(net10.0;net8.0)
        _ = (plain, secure, targetTyped);
    }

    public void Overloads()
    {
        OldClient.Send("text"); // exact: SSOT001(net10.0;net8.0)
        OldClient.Send(Values.Make());
        OldClient.Send(42);
    }

    public void PerFramework()
    {
#if NET10_0_OR_GREATER
        OldClient.Send("ten"); // exact: SSOT001(net10.0)
#else
        OldClient.Send("eight"); // exact: SSOT001(net8.0)
#endif
#if NEVER_DEFINED
        OldClient.Send("never");
#endif
#if SSOT_EXTRA
        OldClient.Send("only when SSOT_EXACT_FIXTURE_DEFINE=SSOT_EXTRA");
#endif
    }

    public void UsingStatic() => Connect(); // exact: SSOT001(net10.0;net8.0)

    public string Package() => new Bogus.Faker().Name.FirstName(); // exact: SSOT001(net10.0;net8.0)
}
