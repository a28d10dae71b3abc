namespace App;

public sealed class AliasUser
{
    public object Run()
    {
        var manager = new OSM(); // expect: SSOT001
        return manager;
    }
}
