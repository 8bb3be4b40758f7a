/*
 * rechtsaenderung.c — the law of a running award across a change of the law (§ 41 Abs. 2 and
 * the transitional rules §§ 42a–42d, 44 WoGG, as tables/rechtsaenderungen.tab lists them).
 *
 * Exports (rechtsaenderung.h): wgi_recht_ueberlagern.
 */
#include "rechtsaenderung.h"

#include "engine.h"

#include <string.h>

void wgi_recht_ueberlagern(wgi_periode *recht, const wgi_periode *neu, const wgi_rechtsaenderung *a)
{
    for (int s = 0; s < WGI_S_ANZAHL; s++) {
        if (!a->neu_skalar[s]) continue;
        recht->skalar[s] = neu->skalar[s];
        recht->skalar_gesetzt[s] = neu->skalar_gesetzt[s];
        memcpy(recht->quelle_skalar[s], neu->quelle_skalar[s], WGI_QUELLE_LEN);
    }
    for (int k = 0; k < WGI_T_ANZAHL; k++) {
        if (!a->neu_tabelle[k]) continue;
        switch ((wgi_tabelle_id)k) {
        case WGI_T_ABC:
            memcpy(recht->a, neu->a, sizeof recht->a);
            memcpy(recht->b, neu->b, sizeof recht->b);
            memcpy(recht->c, neu->c, sizeof recht->c);
            break;
        case WGI_T_MINIMA:
            memcpy(recht->m_min, neu->m_min, sizeof recht->m_min);
            memcpy(recht->y_min, neu->y_min, sizeof recht->y_min);
            break;
        case WGI_T_HOECHSTBETRAEGE:
            memcpy(recht->hoechstbetrag, neu->hoechstbetrag, sizeof recht->hoechstbetrag);
            recht->anzahl_stufen = neu->anzahl_stufen;
            break;
        case WGI_T_HEIZKOSTEN:
            recht->hat_co2 = neu->hat_co2;
            recht->hat_dauerhaft = neu->hat_dauerhaft;
            recht->co2 = neu->co2;
            recht->dauerhaft = neu->dauerhaft;
            break;
        case WGI_T_KLIMAKOMPONENTE:
            recht->hat_klima = neu->hat_klima;
            recht->klima = neu->klima;
            break;
        case WGI_T_ANZAHL:
            break;
        }
        recht->tabelle_gesetzt[k] = neu->tabelle_gesetzt[k];
        memcpy(recht->quelle_tabelle[k], neu->quelle_tabelle[k], WGI_QUELLE_LEN);
    }
    memcpy(recht->id, neu->id, sizeof recht->id);
    memcpy(recht->name, neu->name, sizeof recht->name);
    memcpy(recht->gilt_ab, neu->gilt_ab, sizeof recht->gilt_ab);
    memcpy(recht->gilt_bis, neu->gilt_bis, sizeof recht->gilt_bis);
    memcpy(recht->quelle, a->quelle, sizeof recht->quelle);
    recht->ab = neu->ab;
    recht->bis = neu->bis;
    wgi_periode_ableiten(recht);
}
