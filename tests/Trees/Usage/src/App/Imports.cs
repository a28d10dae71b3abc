using Legacy.Transport; // expect: SSOT002
using static Legacy.Chat.OldSocketManager; // expect: SSOT002

namespace App;

public static class Imports
{
}
