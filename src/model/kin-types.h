/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Forward declarations of every model class, so that headers can refer to
 * each other without including each other.
 */
typedef struct _KinObject         KinObject;
typedef struct _KinObjectClass    KinObjectClass;
typedef struct _KinPrinciple      KinPrinciple;
typedef struct _KinStandard       KinStandard;
typedef struct _KinDeck           KinDeck;
typedef struct _KinCard           KinCard;
typedef struct _KinBoard          KinBoard;
typedef struct _KinCluster        KinCluster;
typedef struct _KinNote           KinNote;
typedef struct _KinAssessment     KinAssessment;
typedef struct _KinStatement      KinStatement;
typedef struct _KinTeam           KinTeam;
typedef struct _KinJourney        KinJourney;
typedef struct _KinStage          KinStage;
typedef struct _KinLane           KinLane;
typedef struct _KinCell           KinCell;
typedef struct _KinEmotion        KinEmotion;
typedef struct _KinGain           KinGain;
typedef struct _KinSession        KinSession;
typedef struct _KinAgendaItem     KinAgendaItem;
typedef struct _KinCapture        KinCapture;
typedef struct _KinAction         KinAction;
typedef struct _KinPrintSettings  KinPrintSettings;
typedef struct _KinAsset          KinAsset;
typedef struct _KinAssetStore     KinAssetStore;
typedef struct _KinHistory        KinHistory;
typedef struct _KinProject        KinProject;

G_END_DECLS
