namespace Fx.App;

public static class Values
{
    public static object Make() => new();
}

// A second implementation of the canonical concept, in another project than the canonical type.
public sealed class OtherClient : Fx.Legacy.IClient // exact: SSOT006(net10.0;net8.0)
{
}
