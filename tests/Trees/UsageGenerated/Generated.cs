namespace App;

public static class GeneratedInObj
{
    public static object Make() => new OldSocketManager();
}
