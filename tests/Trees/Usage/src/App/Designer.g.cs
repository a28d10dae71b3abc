namespace App;

public static class GeneratedByName
{
    public static object Make() => new OldSocketManager();
}
