namespace Fx.App;

public static class Values
{
    public static object Make() => new();
}
