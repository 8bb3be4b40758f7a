/* Fixed-point helpers (calc/zahl.c): rounding modes and decimal text. */
#include <criterion/criterion.h>

#include "zahl.h"

Test(zahl, halb_weg_von_null)
{
    /* Anlage 3 Nr. 2 default reading: half away from zero, also for negative values */
    cr_assert_eq(wg_div_runden(15, 10, WG_RUNDEN_HALB_WEG_VON_NULL), 2);
    cr_assert_eq(wg_div_runden(14, 10, WG_RUNDEN_HALB_WEG_VON_NULL), 1);
    cr_assert_eq(wg_div_runden(-15, 10, WG_RUNDEN_HALB_WEG_VON_NULL), -2);
    cr_assert_eq(wg_div_runden(-14, 10, WG_RUNDEN_HALB_WEG_VON_NULL), -1);
    cr_assert_eq(wg_div_runden(5, 12, WG_RUNDEN_HALB_WEG_VON_NULL), 0);
    cr_assert_eq(wg_div_runden(6, 12, WG_RUNDEN_HALB_WEG_VON_NULL), 1);
}

Test(zahl, abschneiden_und_abrunden)
{
    cr_assert_eq(wg_div_runden(19, 10, WG_RUNDEN_ABSCHNEIDEN), 1);
    cr_assert_eq(wg_div_runden(-19, 10, WG_RUNDEN_ABSCHNEIDEN), -1);
    cr_assert_eq(wg_div_runden(-11, 10, WG_RUNDEN_ABRUNDEN), -2);
    cr_assert_eq(wg_div_runden(11, 10, WG_RUNDEN_ABRUNDEN), 1);
    cr_assert_eq(wg_div_runden(-20, 10, WG_RUNDEN_ABRUNDEN), -2);
}

Test(zahl, dezimal_lesen)
{
    int64_t v;
    cr_assert_eq(wg_dezimal_lesen("570.00", 6, 2, &v), 0);
    cr_assert_eq(v, 57000);
    cr_assert_eq(wg_dezimal_lesen("-12.5", 5, 2, &v), 0);
    cr_assert_eq(v, -1250);
    cr_assert_eq(wg_dezimal_lesen("1300", 4, 2, &v), 0);
    cr_assert_eq(v, 130000);
    cr_assert_eq(wg_dezimal_lesen("0.0004797", 9, 10, &v), 0);
    cr_assert_eq(v, 4797000);
    cr_assert_eq(wg_dezimal_lesen("1.005", 5, 2, &v), -2, "more decimals than the scale");
    cr_assert_eq(wg_dezimal_lesen("1.000", 5, 2, &v), -2, "trailing zeros beyond two places are rejected too");
    cr_assert_eq(wg_dezimal_lesen("1e3", 3, 2, &v), -1);
    cr_assert_eq(wg_dezimal_lesen(".5", 2, 2, &v), -1);
    cr_assert_eq(wg_dezimal_lesen("5.", 2, 2, &v), -1);
    cr_assert_eq(wg_dezimal_lesen("+5", 2, 2, &v), -1);
    cr_assert_eq(wg_dezimal_lesen(" 5", 2, 2, &v), -1);
    cr_assert_eq(wg_dezimal_lesen("", 0, 2, &v), -1);
    cr_assert_eq(wg_dezimal_lesen("-", 1, 2, &v), -1);
    cr_assert_eq(wg_dezimal_lesen("NaN", 3, 2, &v), -1);
    cr_assert_eq(wg_dezimal_lesen("99999999999999999999", 20, 2, &v), -3);
}

Test(zahl, dezimal_schreiben)
{
    char b[48];
    wg_dezimal_schreiben(b, 3563000000000, 10);
    cr_assert_str_eq(b, "356.3000000000");
    wg_dezimal_schreiben(b, -5, 2);
    cr_assert_str_eq(b, "-0.05");
    wg_dezimal_schreiben(b, 0, 0);
    cr_assert_str_eq(b, "0");
    wg_dezimal_schreiben(b, 191, 0);
    cr_assert_str_eq(b, "191");
    wg_dezimal_schreiben_kurz(b, 2850000, 4, 2);
    cr_assert_str_eq(b, "285.00");
    wg_dezimal_schreiben_kurz(b, 8874750, 4, 2);
    cr_assert_str_eq(b, "887.475");
    wg_dezimal_schreiben_kurz(b, 4797000, 10, 0);
    cr_assert_str_eq(b, "0.0004797");
    wg_dezimal_schreiben_kurz(b, -1200000000, 10, 0);
    cr_assert_str_eq(b, "-0.12");
    wg_z10 gross = (wg_z10)1000000000000000000LL * 1000000000;
    wg_dezimal_schreiben(b, gross, 10);
    cr_assert_str_eq(b, "100000000000000000.0000000000");
}
