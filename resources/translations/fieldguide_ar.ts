<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>About Field Guide</source>
            <translation>حول Field Guide</translation>
        </message>
        <message>
            <source>Offline guidance, checklists and assessments for peace and security practitioners.</source>
            <translation>إرشادات وقوائم مرجعية وتقييمات تعمل دون اتصال بالإنترنت، للعاملين في مجال السلام والأمن.</translation>
        </message>
        <message>
            <source>Field Guide</source>
            <translation>Field Guide</translation>
        </message>
        <message>
            <source>Version %1</source>
            <translation>الإصدار %1</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>بياناتك</translation>
        </message>
        <message>
            <source>Open folder</source>
            <translation>فتح المجلد</translation>
        </message>
        <message>
            <source>Installed content</source>
            <translation>المحتوى المثبَّت</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Publisher</source>
            <translation>الناشر</translation>
        </message>
        <message>
            <source>Imported document</source>
            <translation>وثيقة مستوردة</translation>
        </message>
        <message>
            <source>Content pack</source>
            <translation>حزمة محتوى</translation>
        </message>
    </context>
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Edit action</source>
            <translation>تعديل الإجراء</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>تحديد</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>الموعد النهائي</translation>
        </message>
        <message>
            <source>Give a due date</source>
            <translation>تحديد الموعد النهائي</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>مُنجز</translation>
        </message>
        <message>
            <source>&amp;Action</source>
            <translation>الإ&amp;جراء</translation>
        </message>
        <message>
            <source>&amp;Owner</source>
            <translation>ال&amp;مسؤول</translation>
        </message>
        <message>
            <source>D&amp;ue</source>
            <translation>الم&amp;وعد</translation>
        </message>
        <message>
            <source>The action could not be saved (%1).</source>
            <translation>تعذّر حفظ الإجراء (%1).</translation>
        </message>
    </context>
    <context>
        <name>ActionsPanel</name>
        <message>
            <source>Follow-up actions</source>
            <translation>إجراءات المتابعة</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>الموعد النهائي</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>البند</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>إجراء جديد</translation>
        </message>
        <message>
            <source>New action, e.g. “Share the draft with the ministry”</source>
            <translation>إجراء جديد، مثل: «إطلاع الوزارة على المشروع»</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>الموعد النهائي</translation>
        </message>
        <message>
            <source>On this item</source>
            <translation>بشأن هذا البند</translation>
        </message>
        <message>
            <source>&amp;Add action</source>
            <translation>إ&amp;ضافة الإجراء</translation>
        </message>
        <message>
            <source>%1 · overdue</source>
            <translation>%1 · متأخر</translation>
        </message>
        <message>
            <source>Overdue: due %1 and not done</source>
            <translation>متأخر: كان موعده %1 ولم يُنجَز</translation>
        </message>
        <message>
            <source>%1 open</source>
            <translation>%1 قيد التنفيذ</translation>
        </message>
        <message>
            <source>%1 overdue</source>
            <translation>%1 متأخرة</translation>
        </message>
        <message>
            <source>None yet</source>
            <translation>لا يوجد شيء بعد</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;تعديل…</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;حذف</translation>
        </message>
        <message>
            <source>Remove this text for &amp;good…</source>
            <translation>حذف هذا النص &amp;نهائيًا…</translation>
        </message>
        <message>
            <source>&amp;Open the item</source>
            <translation>&amp;فتح البند</translation>
        </message>
    </context>
    <context>
        <name>Assessment</name>
        <message>
            <source>All items</source>
            <translation>جميع البنود</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>لم يُقيَّم</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>غير مستوفى</translation>
        </message>
        <message>
            <source>The action could not be changed (%1).</source>
            <translation>تعذّر تغيير الإجراء (%1).</translation>
        </message>
        <message>
            <source>Delete the action “%1”</source>
            <translation>حذف الإجراء «%1»</translation>
        </message>
        <message>
            <source>Edit the action “%1”</source>
            <translation>تعديل الإجراء «%1»</translation>
        </message>
        <message>
            <source>Finalise the assessment?</source>
            <translation>إنهاء التقييم؟</translation>
        </message>
        <message numerus="yes">
            <source>%n of %1 items are not assessed yet.</source>
            <translation>
                <numerusform>لم يُقيَّم أي بند من %1 بعد.</numerusform>
                <numerusform>لم يُقيَّم بند واحد من %1 بعد.</numerusform>
                <numerusform>لم يُقيَّم بندان من %1 بعد.</numerusform>
                <numerusform>لم تُقيَّم %n بنود من %1 بعد.</numerusform>
                <numerusform>لم يُقيَّم %n بندًا من %1 بعد.</numerusform>
                <numerusform>لم يُقيَّم %n بند من %1 بعد.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 › %2. %3</source>
            <translation>%1 › %2. %3</translation>
        </message>
        <message>
            <source>An item no longer in the library</source>
            <translation>بند لم يعد موجوداً في المكتبة</translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>ولا شيء غيره</numerusform>
                <numerusform>وبند آخر</numerusform>
                <numerusform>وبندان آخران</numerusform>
                <numerusform>و%n بنود أخرى</numerusform>
                <numerusform>و%n بندًا آخر</numerusform>
                <numerusform>و%n بند آخر</numerusform>
            </translation>
        </message>
        <message>
            <source>A final assessment is read-only until it is reopened.</source>
            <translation>التقييم النهائي للقراءة فقط إلى أن يُعاد فتحه.</translation>
        </message>
        <message>
            <source>&amp;Finalise anyway</source>
            <translation>إ&amp;نهاء على أي حال</translation>
        </message>
        <message>
            <source>&amp;Show the first one</source>
            <translation>&amp;عرض أولها</translation>
        </message>
        <message>
            <source>The kind could not be changed (%1).</source>
            <translation>تعذّر تغيير النوع (%1).</translation>
        </message>
        <message>
            <source>Not assessed yet</source>
            <translation>لم تُقيَّم بعد</translation>
        </message>
        <message>
            <source>Not met, not started or not applied</source>
            <translation>غير مستوفاة أو لم تبدأ أو لم تُطبَّق</translation>
        </message>
        <message>
            <source>Partly met or under way</source>
            <translation>مستوفاة جزئيًا أو قيد التنفيذ</translation>
        </message>
        <message>
            <source>With actions</source>
            <translation>ذات إجراءات</translation>
        </message>
        <message>
            <source>(retired)</source>
            <translation>(مسحوب)</translation>
        </message>
        <message>
            <source>Give the item the 1st … 5th value of its own scale</source>
            <translation>إعطاء البند القيمة الأولى … الخامسة من سلّمه</translation>
        </message>
        <message>
            <source>Next item</source>
            <translation>البند التالي</translation>
        </message>
        <message>
            <source>Previous item</source>
            <translation>البند السابق</translation>
        </message>
        <message>
            <source>Edit the selected follow-up action</source>
            <translation>تعديل إجراء المتابعة المحدد</translation>
        </message>
        <message>
            <source>Delete the selected follow-up action</source>
            <translation>حذف إجراء المتابعة المحدد</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>ليس بعد</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>مستوفى</translation>
        </message>
        <message>
            <source>Partly met</source>
            <translation>مستوفى جزئياً</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>لا ينطبق</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>أُجيب عنه</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>مُنجز</translation>
        </message>
        <message>
            <source>Under way</source>
            <translation>قيد التنفيذ</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>لم يبدأ</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>مُطبَّق</translation>
        </message>
        <message>
            <source>Not applied</source>
            <translation>غير مُطبَّق</translation>
        </message>
        <message>
            <source>Not relevant</source>
            <translation>غير ذي صلة</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>منخفضة</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>متوسطة</translation>
        </message>
        <message>
            <source>High</source>
            <translation>عالية</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>سؤال</translation>
        </message>
        <message>
            <source>Tip</source>
            <translation>نصيحة</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>خطوة</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>معيار</translation>
        </message>
        <message>
            <source>Unclassified</source>
            <translation>غير سري</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>سري</translation>
        </message>
        <message>
            <source>Strictly confidential</source>
            <translation>سري للغاية</translation>
        </message>
        <message>
            <source>The text could not be removed (%1).</source>
            <translation>تعذّر حذف النص (%1).</translation>
        </message>
        <message>
            <source>Mark “%1” as %2</source>
            <translation>وسم «%1» بأنه %2</translation>
        </message>
    </context>
    <context>
        <name>AssessmentWorkspace</name>
        <message>
            <source>&amp;Reopen</source>
            <translation>إعادة ال&amp;فتح</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>&amp;Finalise</source>
            <translation>ا&amp;عتماد الصيغة النهائية</translation>
        </message>
        <message>
            <source>Make the assessment read-only; you can reopen it later</source>
            <translation>جعل التقييم للقراءة فقط؛ يمكنك إعادة فتحه لاحقاً</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>ع&amp;رض</translation>
        </message>
        <message>
            <source>&amp;Undo status change</source>
            <translation>ال&amp;تراجع عن تغيير الحالة</translation>
        </message>
        <message>
            <source>&amp;Redo status change</source>
            <translation>إعادة تغيير ال&amp;حالة</translation>
        </message>
        <message>
            <source>Could not open the assessment: %1</source>
            <translation>تعذّر فتح التقييم: %1</translation>
        </message>
        <message>
            <source>No assessment open</source>
            <translation>لا يوجد تقييم مفتوح</translation>
        </message>
        <message>
            <source>Assessors: %1</source>
            <translation>المقيِّمون: %1</translation>
        </message>
        <message>
            <source>Checklist items</source>
            <translation>بنود القائمة المرجعية</translation>
        </message>
        <message>
            <source>%1 of %2 assessed</source>
            <translation>قُيِّم %1 من أصل %2</translation>
        </message>
        <message>
            <source>%1 items</source>
            <translation>البنود: %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 من أصل %2</translation>
        </message>
        <message>
            <source>This assessment is final and read-only. Reopen it to change answers, notes or actions.</source>
            <translation>هذا التقييم نهائي وللقراءة فقط. أعِد فتحه لتعديل الإجابات أو الملاحظات أو الإجراءات.</translation>
        </message>
        <message>
            <source>Could not save: %1</source>
            <translation>تعذّر الحفظ: %1</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>تم الحفظ</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>لم يُحفَظ</translation>
        </message>
        <message>
            <source>Not saved (%1). Your text stays in the editor and will be saved when possible.</source>
            <translation>لم يُحفَظ (%1). يبقى نصك في المحرر وسيُحفَظ عندما يتيسّر ذلك.</translation>
        </message>
        <message>
            <source>Could not add the action: %1</source>
            <translation>تعذّرت إضافة الإجراء: %1</translation>
        </message>
        <message>
            <source>Could not change the action: %1</source>
            <translation>تعذّر تعديل الإجراء: %1</translation>
        </message>
        <message>
            <source>Could not finalise: %1</source>
            <translation>تعذّر اعتماد الصيغة النهائية: %1</translation>
        </message>
        <message>
            <source>Could not reopen: %1</source>
            <translation>تعذّرت إعادة الفتح: %1</translation>
        </message>
    </context>
    <context>
        <name>AssessmentsController</name>
        <message>
            <source>The assessment is final: reopen it to change its details.</source>
            <translation>التقييم نهائي: أعد فتحه لتغيير تفاصيله.</translation>
        </message>
        <message>
            <source>The assessment could not be copied (%1).</source>
            <translation>تعذّر نسخ التقييم (%1).</translation>
        </message>
        <message>
            <source>“%1” copied: you are now working on the copy.</source>
            <translation>نُسخ «%1»: أنت تعمل الآن على النسخة.</translation>
        </message>
        <message>
            <source>Delete the assessment?</source>
            <translation>حذف التقييم؟</translation>
        </message>
        <message>
            <source>“%1” moves to the bin, with its answers and actions. Assessment ▸ Deleted assessments brings it back.</source>
            <translation>ينتقل «%1» إلى سلة المحذوفات مع إجاباته وإجراءاته. يعيده التقييم ▸ التقييمات المحذوفة.</translation>
        </message>
        <message>
            <source>The assessment could not be deleted (%1).</source>
            <translation>تعذّر حذف التقييم (%1).</translation>
        </message>
        <message>
            <source>“%1” is in the bin (Assessment ▸ Deleted assessments).</source>
            <translation>«%1» في سلة المحذوفات (التقييم ▸ التقييمات المحذوفة).</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>التقييم</translation>
        </message>
        <message>
            <source>Could not open the assessment: %1</source>
            <translation>تعذّر فتح التقييم: %1</translation>
        </message>
        <message>
            <source>The assessment stays open in its tab.</source>
            <translation>يبقى التقييم مفتوحاً في علامة التبويب الخاصة به.</translation>
        </message>
        <message>
            <source>Note not saved</source>
            <translation>لم تُحفظ الملاحظة</translation>
        </message>
        <message>
            <source>Your note could not be saved (%1). Close anyway and lose the unsaved text?</source>
            <translation>تعذّر حفظ ملاحظتك (%1). هل تريد الإغلاق مع ذلك وفقدان النص غير المحفوظ؟</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>ت&amp;راجع: %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>ت&amp;راجع</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>إ&amp;عادة: %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>إ&amp;عادة</translation>
        </message>
    </context>
    <context>
        <name>BinDialog</name>
        <message>
            <source>Deleted assessments</source>
            <translation>التقييمات المحذوفة</translation>
        </message>
        <message>
            <source>Deleted assessments keep their answers and actions until you restore them.</source>
            <translation>تحتفظ التقييمات المحذوفة بإجاباتها وإجراءاتها إلى أن تستعيدها.</translation>
        </message>
        <message>
            <source>The bin is empty.</source>
            <translation>سلة المحذوفات فارغة.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>ا&amp;ستعادة</translation>
        </message>
        <message>
            <source>%1%2 (%3 of %4 assessed)</source>
            <translation>%1%2 (قُيّم %3 من %4)</translation>
        </message>
        <message>
            <source>The assessment could not be restored (%1).</source>
            <translation>تعذّرت استعادة التقييم (%1).</translation>
        </message>
    </context>
    <context>
        <name>ConflictBanner</name>
        <message>
            <source>Compare…</source>
            <translation>قارن…</translation>
        </message>
        <message>
            <source>This item: another version exists — compare.</source>
            <translation>هذا البند: توجد نسخة أخرى — قارن.</translation>
        </message>
        <message>
            <source>This assessment: another version exists — compare.</source>
            <translation>هذا التقييم: توجد نسخة أخرى — قارن.</translation>
        </message>
        <message>
            <source>A follow-up action: another version exists — compare.</source>
            <translation>إجراء متابعة: توجد نسخة أخرى — قارن.</translation>
        </message>
        <message>
            <source>Another version exists — compare</source>
            <translation>توجد نسخة أخرى — قارن</translation>
        </message>
    </context>
    <context>
        <name>ConflictsInbox</name>
        <message>
            <source>Assessment title</source>
            <translation>عنوان التقييم</translation>
        </message>
        <message>
            <source>Country or region</source>
            <translation>البلد أو المنطقة</translation>
        </message>
        <message>
            <source>Mission or office</source>
            <translation>البعثة أو المكتب</translation>
        </message>
        <message>
            <source>Assessment summary</source>
            <translation>ملخص التقييم</translation>
        </message>
        <message>
            <source>Note on an item</source>
            <translation>ملاحظة على بند</translation>
        </message>
        <message>
            <source>Evidence for an item</source>
            <translation>أدلة بند من البنود</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Follow-up action</source>
            <translation>إجراء متابعة</translation>
        </message>
        <message>
            <source>Owner of an action</source>
            <translation>المسؤول عن إجراء</translation>
        </message>
        <message>
            <source>Bookmark</source>
            <translation>إشارة مرجعية</translation>
        </message>
        <message>
            <source>Deleted while being edited</source>
            <translation>حُذف أثناء تعديله</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>حالات التعارض</translation>
        </message>
        <message>
            <source>Keep mine</source>
            <translation>الإبقاء على نسختي</translation>
        </message>
        <message>
            <source>Keep theirs</source>
            <translation>الإبقاء على النسخة الأخرى</translation>
        </message>
        <message>
            <source>Keep both</source>
            <translation>الإبقاء على النسختين</translation>
        </message>
        <message>
            <source>No conflicts. When two people change the same text without seeing each other's change, the version that lost waits here for you to choose.</source>
            <translation>لا توجد حالات تعارض. عندما يعدّل شخصان النص نفسه دون أن يطّلع أحدهما على تعديل الآخر، تنتظرك هنا النسخة التي لم تُعتمَد لتختار بينهما.</translation>
        </message>
        <message>
            <source>Deleted on %1 while it was being edited elsewhere — keep it or delete it?</source>
            <translation>حُذف على %1 بينما كان يُعدَّل في مكان آخر — أتحتفظ به أم تحذفه؟</translation>
        </message>
        <message>
            <source>Two people chose differently without seeing each other's choice. Keep one of them.</source>
            <translation>اختار شخصان اختيارين مختلفين دون أن يرى أحدهما اختيار الآخر. احتفظ بأحدهما.</translation>
        </message>
        <message>
            <source>Delete it</source>
            <translation>احذفه</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>احتفظ به</translation>
        </message>
        <message>
            <source>Two people changed this text without seeing each other's change. Both versions are kept until you choose.</source>
            <translation>عدّل شخصان هذا النص دون أن يطّلع أحدهما على تعديل الآخر. تُحفظ النسختان إلى أن تختار.</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>نسختي</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>النسخة الأخرى</translation>
        </message>
        <message>
            <source>%1 — %2, %3</source>
            <translation>%1 — %2، %3</translation>
        </message>
        <message>
            <source>(shown now)</source>
            <translation>(المعروضة الآن)</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>محذوف</translation>
        </message>
        <message>
            <source>Kept, with the edit</source>
            <translation>محفوظ مع التعديل</translation>
        </message>
    </context>
    <context>
        <name>CurrentPassphraseDialog</name>
        <message>
            <source>Current passphrase</source>
            <translation>عبارة المرور الحالية</translation>
        </message>
        <message>
            <source>Current passphrase:</source>
            <translation>عبارة المرور الحالية:</translation>
        </message>
    </context>
    <context>
        <name>DailyBackup</name>
        <message>
            <source>Today's backup: %p%</source>
            <translation>نسخة اليوم الاحتياطية: %p٪</translation>
        </message>
        <message>
            <source>Field Guide is making today's backup of your profile. You can keep working.</source>
            <translation>يُنشئ Field Guide النسخة الاحتياطية لهذا اليوم من ملفك الشخصي. يمكنك مواصلة العمل.</translation>
        </message>
    </context>
    <context>
        <name>DetailsDialog</name>
        <message>
            <source>Assessment details</source>
            <translation>تفاصيل التقييم</translation>
        </message>
        <message>
            <source>The details could not be saved (%1).</source>
            <translation>تعذّر حفظ التفاصيل (%1).</translation>
        </message>
    </context>
    <context>
        <name>DetailsForm</name>
        <message>
            <source>e.g. SSR readiness review, Bangui, March</source>
            <translation>مثل: استعراض مدى الجاهزية لإصلاح قطاع الأمن، بانغي، آذار/مارس</translation>
        </message>
        <message>
            <source>Names, separated by commas</source>
            <translation>الأسماء، مفصولة بفواصل</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>تحديد</translation>
        </message>
        <message>
            <source>Start date</source>
            <translation>تاريخ البدء</translation>
        </message>
        <message>
            <source>Give a start date</source>
            <translation>تحديد تاريخ البدء</translation>
        </message>
        <message>
            <source>End date</source>
            <translation>تاريخ الانتهاء</translation>
        </message>
        <message>
            <source>Give an end date</source>
            <translation>تحديد تاريخ الانتهاء</translation>
        </message>
        <message>
            <source>Notes on people, violations or confidential talks call for a confidential marking.</source>
            <translation>تستدعي الملاحظات المتعلقة بأشخاص أو بانتهاكات أو بمحادثات سرية وسمها بعبارة «سري».</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>ال&amp;عنوان</translation>
        </message>
        <message>
            <source>&amp;Country or region</source>
            <translation>ال&amp;بلد أو المنطقة</translation>
        </message>
        <message>
            <source>&amp;Mission or office</source>
            <translation>البعثة أو ال&amp;مكتب</translation>
        </message>
        <message>
            <source>&amp;Assessors</source>
            <translation>الم&amp;قيِّمون</translation>
        </message>
        <message>
            <source>&amp;Start date</source>
            <translation>&amp;تاريخ البدء</translation>
        </message>
        <message>
            <source>&amp;End date</source>
            <translation>تاريخ الا&amp;نتهاء</translation>
        </message>
        <message>
            <source>C&amp;lassification</source>
            <translation>د&amp;رجة السرية</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>The report could not be written (%1).</source>
            <translation>تعذّرت كتابة التقرير (%1).</translation>
        </message>
        <message>
            <source>Export report</source>
            <translation>تصدير التقرير</translation>
        </message>
        <message>
            <source>Export “%1” as a report.</source>
            <translation>تصدير «%1» في شكل تقرير.</translation>
        </message>
        <message>
            <source>PDF — to print or send</source>
            <translation>PDF — للطباعة أو الإرسال</translation>
        </message>
        <message>
            <source>Word (DOCX) — to edit further</source>
            <translation>Word (DOCX) — لمواصلة التحرير</translation>
        </message>
        <message>
            <source>CSV — a table for a spreadsheet</source>
            <translation>CSV — جدول لبرنامج جداول البيانات</translation>
        </message>
        <message>
            <source>JSON — for other programs</source>
            <translation>JSON — لبرامج أخرى</translation>
        </message>
        <message>
            <source>Leave out notes and evidence: a summary safe to share</source>
            <translation>إغفال الملاحظات والأدلة: ملخص يمكن تداوله بأمان</translation>
        </message>
        <message>
            <source>Notes and evidence may name people or sources; leave them out for a wider audience.</source>
            <translation>قد تذكر الملاحظات والأدلة أسماء أشخاص أو مصادر؛ أغفِلها إذا كان التقرير موجهاً إلى جمهور أوسع.</translation>
        </message>
        <message>
            <source>Leave out items not yet assessed</source>
            <translation>إغفال البنود التي لم تُقيَّم بعد</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter (الأمريكي)</translation>
        </message>
        <message>
            <source>Save the report as</source>
            <translation>حفظ التقرير باسم</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>ا&amp;ستعراض…</translation>
        </message>
        <message>
            <source>&amp;Save as</source>
            <translation>&amp;حفظ باسم</translation>
        </message>
        <message>
            <source>&amp;Format</source>
            <translation>ال&amp;صيغة</translation>
        </message>
        <message>
            <source>Contents</source>
            <translation>المحتوى</translation>
        </message>
        <message>
            <source>&amp;Paper</source>
            <translation>ال&amp;ورق</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;تصدير</translation>
        </message>
        <message>
            <source>&amp;Open the file</source>
            <translation>&amp;فتح الملف</translation>
        </message>
        <message>
            <source>Show in &amp;folder</source>
            <translation>العرض في ال&amp;مجلد</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>مستندات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>مستندات Word (*.docx)</translation>
        </message>
        <message>
            <source>CSV tables (*.csv)</source>
            <translation>جداول CSV (*.csv)</translation>
        </message>
        <message>
            <source>JSON files (*.json)</source>
            <translation>ملفات JSON (*.json)</translation>
        </message>
        <message>
            <source>Choose where to save the report.</source>
            <translation>اختر مكان حفظ التقرير.</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>جارٍ إعداد التقرير…</translation>
        </message>
        <message>
            <source>Replace the file?</source>
            <translation>هل تريد استبدال الملف؟</translation>
        </message>
        <message>
            <source>%1 already exists. Replace it?</source>
            <translation>الملف %1 موجود بالفعل. هل تريد استبداله؟</translation>
        </message>
        <message>
            <source>Saved as %1</source>
            <translation>حُفظ باسم %1</translation>
        </message>
        <message>
            <source>No program on this computer opens %1 files. The report is saved in %2.</source>
            <translation>لا يوجد على هذا الحاسوب برنامج يفتح ملفات %1. حُفظ التقرير في %2.</translation>
        </message>
        <message>
            <source>The folder could not be shown. The report is saved as %1</source>
            <translation>تعذّر عرض المجلد. حُفظ التقرير باسم %1</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>Find in this section</source>
            <translation>البحث في هذا القسم</translation>
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation>النتيجة السابقة (Shift+Enter)</translation>
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation>النتيجة التالية (Enter)</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>إغلاق (Esc)</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>لا توجد نتائج</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 من أصل %2</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>Protect your notes</source>
            <translation>احمِ ملاحظاتك</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Protect this profile with a passphrase (recommended).&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Your notes, assessments and their backups are then encrypted on this computer: whoever takes the laptop cannot read them. Field Guide locks itself after a while unused and asks for the passphrase again.&lt;/p&gt;&lt;p&gt;Keep the passphrase safe: without it, the notes cannot be recovered by anyone.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;احمِ هذا الملف الشخصي بعبارة مرور (يوصى بذلك).&lt;/b&gt;&lt;/p&gt;&lt;p&gt;تُشفَّر عندئذٍ ملاحظاتك وتقييماتك ونسخها الاحتياطية على هذا الحاسوب، فلا يستطيع قراءتها من يستولي على الحاسوب المحمول. ويُقفَل Field Guide تلقائياً بعد فترة من عدم الاستخدام ويطلب عبارة المرور من جديد.&lt;/p&gt;&lt;p&gt;احفظ عبارة المرور في مكان آمن: فبدونها لا يستطيع أحد استعادة الملاحظات.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Protect</source>
            <translation>حماية</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>ليس الآن</translation>
        </message>
    </context>
    <context>
        <name>HubPanel</name>
        <message>
            <source>Organisation's hub</source>
            <translation>خادم المنظمة</translation>
        </message>
        <message>
            <source>Hub address, e.g. https://hub.example.org</source>
            <translation>عنوان الخادم، مثلًا https://hub.example.org</translation>
        </message>
        <message>
            <source>Hub address</source>
            <translation>عنوان الخادم</translation>
        </message>
        <message>
            <source>One-time code</source>
            <translation>رمز لمرة واحدة</translation>
        </message>
        <message>
            <source>One-time enrolment code</source>
            <translation>رمز تسجيل لمرة واحدة</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>اتصال</translation>
        </message>
        <message>
            <source>Sync with the hub now</source>
            <translation>زامن مع الخادم الآن</translation>
        </message>
        <message>
            <source>If your organisation runs a Field Guide hub, this laptop can sync through it whenever it has a connection. Enter the hub's address and the one-time code a teammate or IT gave you.</source>
            <translation>إذا كانت منظمتك تشغّل خادم Field Guide، يمكن لهذا الحاسوب أن يتزامن عبره كلما توفر له اتصال. أدخل عنوان الخادم والرمز لمرة واحدة الذي أعطاك إياه زميل أو قسم المعلوماتية.</translation>
        </message>
        <message>
            <source>Syncing through %1 in the background. Last sync: %2.</source>
            <translation>تجري المزامنة عبر %1 في الخلفية. آخر مزامنة: %2.</translation>
        </message>
        <message>
            <source>Syncing through %1 in the background.</source>
            <translation>تجري المزامنة عبر %1 في الخلفية.</translation>
        </message>
        <message>
            <source>Enter the hub's address and the one-time code first.</source>
            <translation>أدخل عنوان الخادم والرمز لمرة واحدة أولًا.</translation>
        </message>
        <message>
            <source>Connecting to the hub…</source>
            <translation>جارٍ الاتصال بالخادم…</translation>
        </message>
        <message>
            <source>Syncing with the hub…</source>
            <translation>جارٍ التزامن مع الخادم…</translation>
        </message>
        <message>
            <source>A sync with the hub is already under way.</source>
            <translation>تجري مزامنة مع الخادم بالفعل.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n change(s).</source>
            <translation>
                <numerusform>لم يُرسَل أي تغيير.</numerusform>
                <numerusform>أُرسل تغيير واحد.</numerusform>
                <numerusform>أُرسل تغييران.</numerusform>
                <numerusform>أُرسلت %n تغييرات.</numerusform>
                <numerusform>أُرسل %n تغييراً.</numerusform>
                <numerusform>أُرسل %n تغيير.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing new to send.</source>
            <translation>لا جديد لإرساله.</translation>
        </message>
        <message numerus="yes">
            <source>Received %n change(s).</source>
            <translation>
                <numerusform>لم يُستلم أي تغيير.</numerusform>
                <numerusform>استُلم تغيير واحد.</numerusform>
                <numerusform>استُلم تغييران.</numerusform>
                <numerusform>استُلمت %n تغييرات.</numerusform>
                <numerusform>استُلم %n تغييرًا.</numerusform>
                <numerusform>استُلم %n تغيير.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing new from the team.</source>
            <translation>لا جديد من الفريق.</translation>
        </message>
        <message numerus="yes">
            <source>%n new conflict(s) to resolve.</source>
            <translation>
                <numerusform>لا توجد حالات تعارض جديدة.</numerusform>
                <numerusform>حالة تعارض جديدة واحدة تنتظر الحل.</numerusform>
                <numerusform>حالتا تعارض جديدتان تنتظران الحل.</numerusform>
                <numerusform>%n حالات تعارض جديدة تنتظر الحل.</numerusform>
                <numerusform>%n حالة تعارض جديدة تنتظر الحل.</numerusform>
                <numerusform>%n حالة تعارض جديدة تنتظر الحل.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) made with a different team key — check the team passphrase.</source>
            <translation>
                <numerusform>لا حزم مصنوعة بمفتاح فريق آخر — تحقّق من عبارة مرور الفريق.</numerusform>
                <numerusform>حزمة واحدة مصنوعة بمفتاح فريق آخر — تحقّق من عبارة مرور الفريق.</numerusform>
                <numerusform>حزمتان مصنوعتان بمفتاح فريق آخر — تحقّق من عبارة مرور الفريق.</numerusform>
                <numerusform>%n حزم مصنوعة بمفتاح فريق آخر — تحقّق من عبارة مرور الفريق.</numerusform>
                <numerusform>%n حزمة مصنوعة بمفتاح فريق آخر — تحقّق من عبارة مرور الفريق.</numerusform>
                <numerusform>%n حزمة مصنوعة بمفتاح فريق آخر — تحقّق من عبارة مرور الفريق.</numerusform>
            </translation>
        </message>
        <message>
            <source>The sync with the hub could not finish (%1).</source>
            <translation>تعذّر إكمال المزامنة مع الخادم (%1).</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Documents (*.pdf *.docx *.md *.markdown *.txt);;All files (*)</source>
            <translation>المستندات (*.pdf *.docx *.md *.markdown *.txt);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>Import documents</source>
            <translation>استيراد وثائق</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Cancelling after the current file…</source>
            <translation>سيُلغى الاستيراد بعد الملف الجاري…</translation>
        </message>
        <message>
            <source>Importing %1 (%2 of %3)…</source>
            <translation>جارٍ استيراد %1 (%2 من أصل %3)…</translation>
        </message>
        <message>
            <source>New edition?</source>
            <translation>طبعة جديدة؟</translation>
        </message>
        <message>
            <source>Is this a new edition of “%1”?</source>
            <translation>هل هذه طبعة جديدة من «%1»؟</translation>
        </message>
        <message>
            <source>%1 looks like a document already in your library. A new edition replaces its text and keeps your notes and answers attached; otherwise it is added as a separate document.</source>
            <translation>يبدو أن %1 وثيقة موجودة بالفعل في مكتبتك. الطبعة الجديدة تحل محل نصها مع الإبقاء على ملاحظاتك وإجاباتك مرتبطة بها؛ وإلا فإنها تُضاف كوثيقة مستقلة.</translation>
        </message>
        <message>
            <source>Yes, a new edition</source>
            <translation>نعم، طبعة جديدة</translation>
        </message>
        <message>
            <source>No, a separate document</source>
            <translation>لا، وثيقة مستقلة</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>تم الاستيراد</translation>
        </message>
        <message>
            <source>already in the library</source>
            <translation>موجودة بالفعل في المكتبة</translation>
        </message>
        <message>
            <source>new edition; notes kept</source>
            <translation>طبعة جديدة؛ حُفظت الملاحظات</translation>
        </message>
        <message>
            <source>%1: %2 — %3 sections, %4 checklists</source>
            <translation>%1: %2 — الأقسام: %3، القوائم المرجعية: %4</translation>
        </message>
        <message>
            <source>could not be imported (%1)</source>
            <translation>تعذّر الاستيراد (%1)</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>خطأ</translation>
        </message>
        <message>
            <source>%1 of %2 files imported.</source>
            <translation>استُورد %1 من أصل %2 من الملفات.</translation>
        </message>
        <message>
            <source>%1 not started (cancelled).</source>
            <translation>لم يبدأ استيراد %1 (أُلغي).</translation>
        </message>
    </context>
    <context>
        <name>ItemEditor</name>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>Set the status to “%1” (key %2)</source>
            <translation>تعيين الحالة إلى «%1» (المفتاح %2)</translation>
        </message>
        <message>
            <source>Not stated</source>
            <translation>غير محدد</translation>
        </message>
        <message>
            <source>How this item is answered; imported checklists only</source>
            <translation>طريقة الإجابة عن هذا البند؛ للقوائم المستوردة فقط</translation>
        </message>
        <message>
            <source>&amp;Confidence</source>
            <translation>درجة ال&amp;ثقة</translation>
        </message>
        <message>
            <source>Your note on this item: what you saw, heard and concluded. Markdown is fine.</source>
            <translation>ملاحظتك على هذا البند: ما رأيته وسمعته وخلصت إليه. يمكن استخدام تنسيق Markdown.</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>ال&amp;ملاحظة</translation>
        </message>
        <message>
            <source>Documents, meetings and other sources for this judgement</source>
            <translation>الوثائق والاجتماعات وغيرها من المصادر التي يستند إليها هذا الحكم</translation>
        </message>
        <message>
            <source>&amp;Evidence and sources</source>
            <translation>الأ&amp;دلة والمصادر</translation>
        </message>
        <message>
            <source>Remove this text for &amp;good…</source>
            <translation>حذف هذا النص &amp;نهائيًا…</translation>
        </message>
        <message>
            <source>&amp;Answer</source>
            <translation>الإ&amp;جابة</translation>
        </message>
        <message>
            <source>Your answer to this question: what you found and from whom. Markdown is fine.</source>
            <translation>إجابتك عن هذا السؤال: ما وجدته وممن. يمكن استخدام Markdown.</translation>
        </message>
        <message>
            <source>Choose an item in the list.</source>
            <translation>اختر بنداً من القائمة.</translation>
        </message>
        <message>
            <source>retired: no longer in the library</source>
            <translation>مسحوب: لم يعد موجوداً في المكتبة</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>المصدر: %1</translation>
        </message>
        <message>
            <source>Read the guidance: %1</source>
            <translation>قراءة الإرشادات: %1</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <source>&amp;Language</source>
            <translation>ال&amp;لغة</translation>
        </message>
        <message>
            <source>System language (%1)</source>
            <translation>لغة النظام (%1)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <source>Field Guide will use %1 the next time it starts.</source>
            <translation>سيستخدم Field Guide اللغة %1 عند تشغيله في المرة القادمة.</translation>
        </message>
        <message>
            <source>Restart now? Your work is saved first.</source>
            <translation>هل تريد إعادة التشغيل الآن؟ سيُحفظ عملك أولاً.</translation>
        </message>
        <message>
            <source>&amp;Restart now</source>
            <translation>إعادة ال&amp;تشغيل الآن</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;لاحقاً</translation>
        </message>
    </context>
    <context>
        <name>LibraryModel</name>
        <message>
            <source>Library</source>
            <translation>المكتبة</translation>
        </message>
        <message>
            <source>Bookmarks</source>
            <translation>الإشارات المرجعية</translation>
        </message>
        <message>
            <source>Assessments</source>
            <translation>التقييمات</translation>
        </message>
        <message>
            <source>Imported documents</source>
            <translation>الوثائق المستوردة</translation>
        </message>
        <message>
            <source>Checklist: %1 (%2 items)</source>
            <translation>قائمة مرجعية: %1 (البنود: %2)</translation>
        </message>
        <message>
            <source>You have a note on this section.</source>
            <translation>لديك ملاحظة على هذا القسم.</translation>
        </message>
        <message>
            <source>%1 (not in the library on this computer)</source>
            <translation>%1 (غير موجود في المكتبة على هذا الحاسوب)</translation>
        </message>
        <message>
            <source>Press Ctrl+D to bookmark a section</source>
            <translation>اضغط Ctrl+D لوضع إشارة مرجعية على قسم</translation>
        </message>
        <message>
            <source>No assessments yet</source>
            <translation>لا توجد تقييمات بعد</translation>
        </message>
    </context>
    <context>
        <name>LockController</name>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;قفل</translation>
        </message>
        <message>
            <source>Field Guide (locked)</source>
            <translation>Field Guide (مقفل)</translation>
        </message>
        <message>
            <source>Wrong passphrase.</source>
            <translation>عبارة المرور غير صحيحة.</translation>
        </message>
    </context>
    <context>
        <name>LockPage</name>
        <message>
            <source>Field Guide is locked</source>
            <translation>Field Guide مقفل</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>إظهار</translation>
        </message>
        <message>
            <source>Enter your passphrase to continue.</source>
            <translation>أدخِل عبارة المرور للمتابعة.</translation>
        </message>
        <message>
            <source>This profile has no passphrase: anyone at this computer can show it again. Protect it with a passphrase to make the lock hold.</source>
            <translation>لا توجد عبارة مرور لهذا الملف الشخصي: يستطيع أي شخص يستخدم هذا الحاسوب إظهاره من جديد. احمِه بعبارة مرور ليكون القفل فعّالاً.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Import document…</source>
            <translation>ا&amp;ستيراد وثيقة…</translation>
        </message>
        <message>
            <source>Add your own PDF, Word, Markdown or text files to the library</source>
            <translation>أضِف ملفاتك الخاصة بصيغة PDF أو Word أو Markdown أو النص العادي إلى المكتبة</translation>
        </message>
        <message>
            <source>Install content &amp;pack…</source>
            <translation>تثبيت &amp;حزمة محتوى…</translation>
        </message>
        <message>
            <source>Add a guidance pack (.fgpack) from a publisher</source>
            <translation>إضافة حزمة إرشادات (‎.fgpack) من أحد الناشرين</translation>
        </message>
        <message>
            <source>&amp;Protect with a passphrase…</source>
            <translation>ال&amp;حماية بعبارة مرور…</translation>
        </message>
        <message>
            <source>Encrypt this profile so that nobody without the passphrase can read it</source>
            <translation>تشفير هذا الملف الشخصي حتى لا يستطيع أحد قراءته دون عبارة المرور</translation>
        </message>
        <message>
            <source>&amp;Change passphrase…</source>
            <translation>&amp;تغيير عبارة المرور…</translation>
        </message>
        <message>
            <source>&amp;Remove protection…</source>
            <translation>إ&amp;زالة الحماية…</translation>
        </message>
        <message>
            <source>Decrypt this profile: anyone with the files can then read it</source>
            <translation>فك تشفير هذا الملف الشخصي: سيتمكن عندئذٍ كل من يصل إلى الملفات من قراءته</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;خروج</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>ت&amp;راجع</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>إ&amp;عادة</translation>
        </message>
        <message>
            <source>Copy with &amp;citation</source>
            <translation>نسخ مع ذكر الم&amp;رجع</translation>
        </message>
        <message>
            <source>Copy the selection, or the whole section, followed by its source</source>
            <translation>نسخ النص المحدد، أو القسم كله، متبوعاً بمصدره</translation>
        </message>
        <message>
            <source>&amp;Find in section…</source>
            <translation>ال&amp;بحث في القسم…</translation>
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation>النتيجة ال&amp;تالية</translation>
        </message>
        <message>
            <source>Find pre&amp;vious</source>
            <translation>النتيجة ال&amp;سابقة</translation>
        </message>
        <message>
            <source>&amp;Bookmark this section</source>
            <translation>وضع إشارة &amp;مرجعية على هذا القسم</translation>
        </message>
        <message>
            <source>Write a &amp;note</source>
            <translation>كتابة &amp;ملاحظة</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>ت&amp;كبير</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>ت&amp;صغير</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>الح&amp;جم الفعلي</translation>
        </message>
        <message>
            <source>&amp;Library panel</source>
            <translation>لوحة ال&amp;مكتبة</translation>
        </message>
        <message>
            <source>&amp;Notes panel</source>
            <translation>لوحة الم&amp;لاحظات</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;رجوع</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>ت&amp;قدم</translation>
        </message>
        <message>
            <source>&amp;Previous section</source>
            <translation>القسم ال&amp;سابق</translation>
        </message>
        <message>
            <source>N&amp;ext section</source>
            <translation>القسم ال&amp;تالي</translation>
        </message>
        <message>
            <source>&amp;Search the library…</source>
            <translation>ال&amp;بحث في المكتبة…</translation>
        </message>
        <message>
            <source>F&amp;ilter the library tree</source>
            <translation>ت&amp;صفية شجرة المكتبة</translation>
        </message>
        <message>
            <source>&amp;New assessment…</source>
            <translation>تقييم &amp;جديد…</translation>
        </message>
        <message>
            <source>Start an assessment from one or more checklists</source>
            <translation>بدء تقييم انطلاقاً من قائمة مرجعية واحدة أو أكثر</translation>
        </message>
        <message>
            <source>Assessment &amp;details…</source>
            <translation>&amp;تفاصيل التقييم…</translation>
        </message>
        <message>
            <source>Change the open assessment's title, place, assessors, dates or marking</source>
            <translation>تغيير عنوان التقييم المفتوح أو مكانه أو المقيّمين أو التواريخ أو التصنيف</translation>
        </message>
        <message>
            <source>D&amp;uplicate assessment</source>
            <translation>ت&amp;كرار التقييم</translation>
        </message>
        <message>
            <source>A new draft with the same details, answers and actions</source>
            <translation>مسودة جديدة بالتفاصيل والإجابات والإجراءات نفسها</translation>
        </message>
        <message>
            <source>&amp;Delete assessment…</source>
            <translation>&amp;حذف التقييم…</translation>
        </message>
        <message>
            <source>Move the open assessment to the bin, from where it can be restored</source>
            <translation>نقل التقييم المفتوح إلى سلة المحذوفات حيث يمكن استعادته</translation>
        </message>
        <message>
            <source>Deleted assess&amp;ments…</source>
            <translation>التقييمات الم&amp;حذوفة…</translation>
        </message>
        <message>
            <source>Assessments in the bin, to restore</source>
            <translation>التقييمات في سلة المحذوفات، لاستعادتها</translation>
        </message>
        <message>
            <source>&amp;Export report…</source>
            <translation>&amp;تصدير التقرير…</translation>
        </message>
        <message>
            <source>Save the open assessment as a PDF, Word, CSV or JSON report</source>
            <translation>حفظ التقييم المفتوح في شكل تقرير بصيغة PDF أو Word أو CSV أو JSON</translation>
        </message>
        <message>
            <source>S&amp;hare with a colleague…</source>
            <translation>&amp;مشاركة مع زميل…</translation>
        </message>
        <message>
            <source>Save the open assessment encrypted so that only one colleague's laptop can open it</source>
            <translation>حفظ التقييم المفتوح مشفّرًا بحيث لا يفتحه إلا حاسوب زميل واحد</translation>
        </message>
        <message>
            <source>Open a &amp;shared assessment…</source>
            <translation>فتح تقييم &amp;مشترك…</translation>
        </message>
        <message>
            <source>Import an assessment a colleague shared with this laptop</source>
            <translation>استيراد تقييم شاركه زميل مع هذا الحاسوب</translation>
        </message>
        <message>
            <source>Save this laptop's &amp;public key…</source>
            <translation>حفظ المفتاح &amp;العام لهذا الحاسوب…</translation>
        </message>
        <message>
            <source>The file colleagues need to share an assessment with you (it is not secret)</source>
            <translation>الملف الذي يحتاجه زملاؤك لمشاركة تقييم معك (ليس سرّيًا)</translation>
        </message>
        <message>
            <source>&amp;Sync with folder…</source>
            <translation>&amp;مزامنة مع مجلد…</translation>
        </message>
        <message>
            <source>Exchange changes with your team through a shared folder or USB stick</source>
            <translation>تبادل التغييرات مع فريقك عبر مجلد مشترك أو ذاكرة USB</translation>
        </message>
        <message>
            <source>&amp;Conflicts…</source>
            <translation>حالات ال&amp;تعارض…</translation>
        </message>
        <message>
            <source>Texts two people changed at once, waiting for you to choose</source>
            <translation>نصوص عدّلها شخصان في الوقت نفسه، بانتظار اختيارك</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>اختصارات &amp;لوحة المفاتيح</translation>
        </message>
        <message>
            <source>&amp;About Field Guide</source>
            <translation>&amp;حول Field Guide</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;ملف</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>ت&amp;حرير</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;عرض</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>ا&amp;نتقال</translation>
        </message>
        <message>
            <source>&amp;Assessment</source>
            <translation>ت&amp;قييم</translation>
        </message>
        <message>
            <source>&amp;Sync</source>
            <translation>م&amp;زامنة</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>م&amp;ساعدة</translation>
        </message>
        <message>
            <source>Field Guide</source>
            <translation>Field Guide</translation>
        </message>
        <message>
            <source>Reader</source>
            <translation>القراءة</translation>
        </message>
        <message>
            <source>Search the library</source>
            <translation>البحث في المكتبة</translation>
        </message>
        <message>
            <source>Search guidance, checklists and notes   %1</source>
            <translation>البحث في الإرشادات والقوائم المرجعية والملاحظات   %1</translation>
        </message>
        <message>
            <source>Opening your library…</source>
            <translation>جارٍ فتح مكتبتك…</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>شريط الأدوات الرئيسي</translation>
        </message>
        <message>
            <source>%1 — Field Guide</source>
            <translation>%1 — Field Guide</translation>
        </message>
    </context>
    <context>
        <name>Navigator</name>
        <message>
            <source>Filter the library</source>
            <translation>تصفية المكتبة</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>المكتبة</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Remove bookmark</source>
            <translation>إزالة الإشارة المرجعية</translation>
        </message>
        <message>
            <source>Bookmark</source>
            <translation>إشارة مرجعية</translation>
        </message>
        <message>
            <source>Start an &amp;assessment…</source>
            <translation>بدء ت&amp;قييم…</translation>
        </message>
    </context>
    <context>
        <name>NewAssessmentDialog</name>
        <message>
            <source>New assessment</source>
            <translation>تقييم جديد</translation>
        </message>
        <message>
            <source>Choose the checklists to work through, then describe the assessment.</source>
            <translation>اختر القوائم المرجعية التي ستعمل عليها، ثم صِف التقييم.</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>القائمة المرجعية</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>البنود</translation>
        </message>
        <message>
            <source>The assessment could not be created (%1).</source>
            <translation>تعذّر إنشاء التقييم (%1).</translation>
        </message>
        <message>
            <source>Create assessment</source>
            <translation>إنشاء التقييم</translation>
        </message>
        <message>
            <source>Checklists</source>
            <translation>القوائم المرجعية</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseDialog</name>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
    </context>
    <context>
        <name>NewPassphraseForm</name>
        <message>
            <source>Remember on this computer</source>
            <translation>التذكّر على هذا الحاسوب</translation>
        </message>
        <message>
            <source>Keeps the key in this computer's keyring: anyone who can log in as you can open it.</source>
            <translation>يحفظ المفتاح في سلسلة مفاتيح هذا الحاسوب: يستطيع فتحه كل من يمكنه تسجيل الدخول باسمك.</translation>
        </message>
        <message>
            <source>This computer has no system keyring.</source>
            <translation>لا توجد سلسلة مفاتيح للنظام على هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>عبارة المرور:</translation>
        </message>
        <message>
            <source>The same again:</source>
            <translation>أعِد إدخالها:</translation>
        </message>
        <message>
            <source>Too short: use at least 8 characters. A few unrelated words are best.</source>
            <translation>قصيرة جداً: استخدم 8 أحرف على الأقل. والأفضل بضع كلمات لا رابط بينها.</translation>
        </message>
        <message>
            <source>Weak: easy to guess. Add words or make it longer.</source>
            <translation>ضعيفة: يسهل تخمينها. أضِف كلمات أو اجعلها أطول.</translation>
        </message>
        <message>
            <source>Fair. One or two more words would make it strong.</source>
            <translation>مقبولة. كلمة أو كلمتان إضافيتان تجعلانها قوية.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>قوية.</translation>
        </message>
        <message>
            <source>Very strong.</source>
            <translation>قوية جداً.</translation>
        </message>
        <message>
            <source>The two passphrases differ.</source>
            <translation>عبارتا المرور غير متطابقتين.</translation>
        </message>
    </context>
    <context>
        <name>NotesController</name>
        <message>
            <source>The note could not be removed (%1).</source>
            <translation>تعذّر حذف الملاحظة (%1).</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Your note on this section</source>
            <translation>ملاحظتك على هذا القسم</translation>
        </message>
        <message>
            <source>From other devices</source>
            <translation>من أجهزة أخرى</translation>
        </message>
        <message>
            <source>Open a section to write a note on it.</source>
            <translation>افتح قسماً لكتابة ملاحظة عليه.</translation>
        </message>
        <message>
            <source>Write as you read. Your note is saved as you type and found by search.</source>
            <translation>اكتب وأنت تقرأ. تُحفظ ملاحظتك أثناء الكتابة ويمكن العثور عليها بالبحث.</translation>
        </message>
        <message>
            <source>Device %1 · %2</source>
            <translation>الجهاز %1 · %2</translation>
        </message>
        <message>
            <source>Remove this text for &amp;good…</source>
            <translation>حذف هذا النص &amp;نهائيًا…</translation>
        </message>
        <message>
            <source>Editing…</source>
            <translation>جارٍ التحرير…</translation>
        </message>
        <message>
            <source>Note deleted</source>
            <translation>حُذفت الملاحظة</translation>
        </message>
        <message>
            <source>Not saved: %1. Your text is kept here; saving again…</source>
            <translation>لم يُحفظ: %1. نصك محفوظ هنا؛ جارٍ إعادة محاولة الحفظ…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>تم الحفظ</translation>
        </message>
    </context>
    <context>
        <name>PackInstaller</name>
        <message>
            <source>Install content pack</source>
            <translation>تثبيت حزمة محتوى</translation>
        </message>
        <message>
            <source>(no publisher given)</source>
            <translation>(لم يُذكر الناشر)</translation>
        </message>
        <message>
            <source>“%1” is not signed: nothing shows that it comes from %2.</source>
            <translation>«%1» غير موقَّعة: لا شيء يثبت أنها صادرة عن %2.</translation>
        </message>
        <message>
            <source>Install it only if you know where this file came from and trust it.</source>
            <translation>لا تثبّتها إلا إذا كنت تعرف مصدر هذا الملف وتثق به.</translation>
        </message>
        <message>
            <source>Install anyway</source>
            <translation>التثبيت رغم ذلك</translation>
        </message>
        <message>
            <source>“%1” is signed by %2, a publisher you have not trusted yet.</source>
            <translation>«%1» موقَّعة من %2، وهو ناشر لم تمنحه ثقتك بعد.</translation>
        </message>
        <message>
            <source>Key fingerprint: %1. Compare it with the one the publisher gave you; if you trust it, packs signed with this key will install without asking.</source>
            <translation>بصمة المفتاح: %1. قارنها بالبصمة التي زوّدك بها الناشر؛ وإذا وثقت بها، فستُثبَّت الحزم الموقَّعة بهذا المفتاح دون سؤالك.</translation>
        </message>
        <message>
            <source>Trust and install</source>
            <translation>الوثوق والتثبيت</translation>
        </message>
        <message>
            <source>Nothing was installed.</source>
            <translation>لم يُثبَّت شيء.</translation>
        </message>
        <message>
            <source>%1 %2 is already installed; nothing changed.</source>
            <translation>%1 %2 مثبَّتة بالفعل؛ لم يتغير شيء.</translation>
        </message>
        <message>
            <source>Installed %1 %2.</source>
            <translation>ثُبِّتت %1 %2.</translation>
        </message>
    </context>
    <context>
        <name>ProfileController</name>
        <message>
            <source>Could not open the library: %1</source>
            <translation>تعذّر فتح المكتبة: %1</translation>
        </message>
        <message>
            <source>%1 documents, %2 checklists</source>
            <translation>الوثائق: %1 · القوائم المرجعية: %2</translation>
        </message>
    </context>
    <context>
        <name>ProfileProtection</name>
        <message>
            <source>Protect with a passphrase</source>
            <translation>الحماية بعبارة مرور</translation>
        </message>
        <message>
            <source>The profile (notes, assessments, bookmarks) and its backups are encrypted. Without the passphrase nobody can read them, and nobody can recover them for you: write it down somewhere safe.</source>
            <translation>يُشفَّر الملف الشخصي (الملاحظات والتقييمات والإشارات المرجعية) ونسخه الاحتياطية. ولا يستطيع أحد قراءتها دون عبارة المرور، ولا يستطيع أحد استعادتها لك: دوِّنها في مكان آمن.</translation>
        </message>
        <message>
            <source>Encrypting the profile…</source>
            <translation>جارٍ تشفير الملف الشخصي…</translation>
        </message>
        <message>
            <source>The profile is protected. Lock it with Ctrl+L; it locks itself when left idle.</source>
            <translation>الملف الشخصي محمي. اقفله بالضغط على Ctrl+L؛ ويُقفَل تلقائياً إذا تُرك دون استخدام.</translation>
        </message>
        <message>
            <source>Change passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>Current passphrase:</source>
            <translation>عبارة المرور الحالية:</translation>
        </message>
        <message>
            <source>Encrypting the profile under the new passphrase…</source>
            <translation>جارٍ تشفير الملف الشخصي بعبارة المرور الجديدة…</translation>
        </message>
        <message>
            <source>The passphrase is changed. The old one no longer opens the profile or its backups.</source>
            <translation>تغيّرت عبارة المرور. لم تعد العبارة القديمة تفتح الملف الشخصي ولا نسخه الاحتياطية.</translation>
        </message>
        <message>
            <source>Remove protection</source>
            <translation>إزالة الحماية</translation>
        </message>
        <message>
            <source>The profile and its backups will be stored unencrypted: anyone who gets hold of this computer or its disk can read your notes. Enter the passphrase to go ahead.</source>
            <translation>سيُخزَّن الملف الشخصي ونسخه الاحتياطية دون تشفير: يستطيع قراءة ملاحظاتك كل من يستولي على هذا الحاسوب أو على قرصه. أدخِل عبارة المرور للمتابعة.</translation>
        </message>
        <message>
            <source>Decrypting the profile…</source>
            <translation>جارٍ فك تشفير الملف الشخصي…</translation>
        </message>
        <message>
            <source>Protection removed: the profile is no longer encrypted.</source>
            <translation>أُزيلت الحماية: لم يعد الملف الشخصي مشفراً.</translation>
        </message>
        <message>
            <source>Save or discard the unsaved text first; nothing was changed.</source>
            <translation>احفظ النص غير المحفوظ أو تخلَّ عنه أولاً؛ لم يُغيَّر شيء.</translation>
        </message>
        <message>
            <source>Field Guide</source>
            <translation>Field Guide</translation>
        </message>
        <message>
            <source>The profile could not be changed (%1).</source>
            <translation>تعذّر تغيير الملف الشخصي (%1).</translation>
        </message>
        <message>
            <source>Profile protection</source>
            <translation>حماية الملف الشخصي</translation>
        </message>
    </context>
    <context>
        <name>PurgeDialog</name>
        <message>
            <source>Remove this text for good</source>
            <translation>حذف هذا النص نهائيًا</translation>
        </message>
        <message>
            <source>This removes every stored version of this text from this computer: its earlier versions, the search index and the space it took in the database. At the next sync every teammate's device removes it too. This cannot be undone.</source>
            <translation>يحذف هذا من هذا الحاسوب كل النسخ المحفوظة من هذا النص: نسخه السابقة وفهرس البحث والمساحة التي شغلها في قاعدة البيانات. وعند المزامنة التالية يحذفه جهاز كل عضو في الفريق أيضًا. لا يمكن التراجع عن ذلك.</translation>
        </message>
        <message>
            <source>&amp;Put in its place (optional):</source>
            <translation>&amp;ضع مكانه (اختياري):</translation>
        </message>
        <message>
            <source>for example [name removed]</source>
            <translation>مثلًا [حُذف الاسم]</translation>
        </message>
        <message numerus="yes">
            <source>Also &amp;delete the %n backup(s) made before now</source>
            <translation>
                <numerusform>&amp;لا نسخ احتياطية سابقة للحذف</numerusform>
                <numerusform>&amp;احذف أيضًا النسخة الاحتياطية السابقة</numerusform>
                <numerusform>&amp;احذف أيضًا النسختين الاحتياطيتين السابقتين</numerusform>
                <numerusform>&amp;احذف أيضًا النسخ الاحتياطية الـ%n السابقة</numerusform>
                <numerusform>&amp;احذف أيضًا %n نسخة احتياطية سابقة</numerusform>
                <numerusform>&amp;احذف أيضًا %n نسخة احتياطية سابقة</numerusform>
            </translation>
        </message>
        <message>
            <source>Those backups still hold this text. A fresh backup is made first, so you keep one.</source>
            <translation>ما زالت تلك النسخ الاحتياطية تحتوي على هذا النص. تُنشأ نسخة جديدة أولًا لتبقى لديك نسخة.</translation>
        </message>
        <message>
            <source>Bundles already written to a sync folder or a hub (encrypted) and backups you exported still hold it until those files are deleted.</source>
            <translation>تبقى الحزم المكتوبة سابقًا في مجلد مزامنة أو على خادم (وهي مشفّرة) والنسخ الاحتياطية التي صدّرتها محتفظة به إلى أن تُحذف تلك الملفات.</translation>
        </message>
        <message>
            <source>&amp;Remove for good</source>
            <translation>ا&amp;حذف نهائيًا</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <source>Question</source>
            <translation>سؤال</translation>
        </message>
        <message>
            <source>Tip</source>
            <translation>نصيحة</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>خطوة</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>معيار</translation>
        </message>
        <message>
            <source>Start an &amp;assessment…</source>
            <translation>بدء ت&amp;قييم…</translation>
        </message>
        <message>
            <source>Start an assessment with this checklist</source>
            <translation>بدء تقييم بهذه القائمة</translation>
        </message>
        <message>
            <source>Section text</source>
            <translation>نص القسم</translation>
        </message>
        <message>
            <source>Field Guide</source>
            <translation>Field Guide</translation>
        </message>
        <message>
            <source>Guidance for peace and security practitioners, on this computer, with or without a network.</source>
            <translation>إرشادات للعاملين في مجال السلام والأمن، على هذا الحاسوب، سواء توفر الاتصال بالشبكة أم لم يتوفر.</translation>
        </message>
        <message>
            <source>To</source>
            <translation>من أجل</translation>
        </message>
        <message>
            <source>Press</source>
            <translation>اضغط</translation>
        </message>
        <message>
            <source>Search the whole library</source>
            <translation>البحث في المكتبة كلها</translation>
        </message>
        <message>
            <source>Filter the library tree</source>
            <translation>تصفية شجرة المكتبة</translation>
        </message>
        <message>
            <source>Bookmark the section you are reading</source>
            <translation>وضع إشارة مرجعية على القسم الذي تقرؤه</translation>
        </message>
        <message>
            <source>Write a note on it</source>
            <translation>كتابة ملاحظة عليه</translation>
        </message>
        <message>
            <source>Find in the section</source>
            <translation>البحث في القسم</translation>
        </message>
        <message>
            <source>Go back, go forward</source>
            <translation>الرجوع، التقدم</translation>
        </message>
        <message>
            <source>Previous, next section</source>
            <translation>القسم السابق، التالي</translation>
        </message>
        <message>
            <source>Larger, smaller text</source>
            <translation>تكبير النص، تصغيره</translation>
        </message>
        <message>
            <source>Time-bound: %1</source>
            <translation>مرتبط بفترة: %1</translation>
        </message>
        <message>
            <source>This whole section is the project's own synthesis; the box below names what it draws on.</source>
            <translation>هذا القسم كله خلاصة من إعداد المشروع؛ ويذكر الإطار أدناه ما يستند إليه.</translation>
        </message>
        <message>
            <source>Drawing on</source>
            <translation>يستند إلى</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>القائمة المرجعية</translation>
        </message>
        <message>
            <source>the guidance</source>
            <translation>الإرشادات</translation>
        </message>
        <message>
            <source>Read: %1</source>
            <translation>اقرأ: %1</translation>
        </message>
        <message>
            <source>Field Guide synthesis</source>
            <translation>خلاصة Field Guide</translation>
        </message>
        <message>
            <source>Drawing on: %1</source>
            <translation>يستند إلى: %1</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>المصدر: %1</translation>
        </message>
        <message>
            <source>Evidence: %1</source>
            <translation>الأدلة: %1</translation>
        </message>
        <message>
            <source>See also:</source>
            <translation>انظر أيضًا:</translation>
        </message>
        <message>
            <source>Also in: %1</source>
            <translation>متاح أيضًا بـ: %1</translation>
        </message>
        <message>
            <source>Field Guide synthesis: the project's own advice, not the source's</source>
            <translation>خلاصة Field Guide: نصيحة من المشروع نفسه، لا من المصدر</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Previous section (Alt+Up)</source>
            <translation>القسم السابق (Alt+Up)</translation>
        </message>
        <message>
            <source>Next section (Alt+Down)</source>
            <translation>القسم التالي (Alt+Down)</translation>
        </message>
    </context>
    <context>
        <name>ReadingController</name>
        <message>
            <source>Nothing in the library has the id %1</source>
            <translation>لا يوجد في المكتبة عنصر يحمل المعرِّف %1</translation>
        </message>
        <message>
            <source>Open a section or a checklist to bookmark it.</source>
            <translation>افتح قسماً أو قائمة مرجعية لوضع إشارة مرجعية عليها.</translation>
        </message>
        <message>
            <source>Bookmarked “%1”</source>
            <translation>وُضعت إشارة مرجعية على «%1»</translation>
        </message>
        <message>
            <source>Bookmark removed from “%1”</source>
            <translation>أُزيلت الإشارة المرجعية من «%1»</translation>
        </message>
        <message>
            <source>Bookmark removed</source>
            <translation>أُزيلت الإشارة المرجعية</translation>
        </message>
        <message>
            <source>Copied with its citation</source>
            <translation>نُسخ مع ذكر مرجعه</translation>
        </message>
        <message>
            <source>Zoom %1 %</source>
            <translation>التكبير %1%</translation>
        </message>
        <message>
            <source>Remove &amp;bookmark</source>
            <translation>إزالة الإشارة ال&amp;مرجعية</translation>
        </message>
        <message>
            <source>&amp;Bookmark this section</source>
            <translation>وضع إشارة &amp;مرجعية على هذا القسم</translation>
        </message>
    </context>
    <context>
        <name>SearchPopup</name>
        <message>
            <source>Section</source>
            <translation>قسم</translation>
        </message>
        <message>
            <source>Checklist item</source>
            <translation>بند في قائمة مرجعية</translation>
        </message>
        <message>
            <source>Assessment note</source>
            <translation>ملاحظة تقييم</translation>
        </message>
        <message>
            <source>My note</source>
            <translation>ملاحظتي</translation>
        </message>
        <message>
            <source>↑ ↓ to choose · Enter to open · Esc to close</source>
            <translation>↑ ↓ للاختيار · Enter للفتح · Esc للإغلاق</translation>
        </message>
        <message>
            <source>The library is still opening…</source>
            <translation>لا تزال المكتبة قيد الفتح…</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>جارٍ البحث…</translation>
        </message>
        <message>
            <source>Search failed: %1</source>
            <translation>فشل البحث: %1</translation>
        </message>
        <message>
            <source>1 result</source>
            <translation>نتيجة واحدة</translation>
        </message>
        <message>
            <source>%1 results</source>
            <translation>النتائج: %1</translation>
        </message>
        <message>
            <source>The best %1 results</source>
            <translation>أفضل النتائج (%1)</translation>
        </message>
        <message>
            <source>Nothing found for “%1”</source>
            <translation>لا توجد نتائج لـ«%1»</translation>
        </message>
    </context>
    <context>
        <name>Sharing</name>
        <message>
            <source>Save this laptop's public key</source>
            <translation>حفظ المفتاح العام لهذا الحاسوب</translation>
        </message>
        <message>
            <source>Device keys (*.fgdevice)</source>
            <translation>مفاتيح الأجهزة (*.fgdevice)</translation>
        </message>
        <message>
            <source>The key could not be saved (%1).</source>
            <translation>تعذّر حفظ المفتاح (%1).</translation>
        </message>
        <message>
            <source>Saved this laptop's public key as %1 (fingerprint %2): give it to colleagues who share with you.</source>
            <translation>حُفظ المفتاح العام لهذا الحاسوب باسم %1 (البصمة %2): أعطه للزملاء الذين يشاركون معك.</translation>
        </message>
        <message>
            <source>The colleague's public key</source>
            <translation>المفتاح العام للزميل</translation>
        </message>
        <message>
            <source>The key could not be read (%1).</source>
            <translation>تعذّرت قراءة المفتاح (%1).</translation>
        </message>
        <message>
            <source>Save the shared assessment</source>
            <translation>حفظ التقييم المشترك</translation>
        </message>
        <message>
            <source>Shared assessments (*.fgshare)</source>
            <translation>التقييمات المشتركة (*.fgshare)</translation>
        </message>
        <message>
            <source>The assessment could not be shared (%1).</source>
            <translation>تعذّرت مشاركة التقييم (%1).</translation>
        </message>
        <message>
            <source>Saved %1: only %2 (fingerprint %3) can open it.</source>
            <translation>حُفظ باسم %1: لا يفتحه إلا %2 (البصمة %3).</translation>
        </message>
        <message>
            <source>the colleague's laptop</source>
            <translation>حاسوب الزميل</translation>
        </message>
        <message>
            <source>A teammate</source>
            <translation>عضو في الفريق</translation>
        </message>
        <message>
            <source>A colleague's public-key file…</source>
            <translation>ملف المفتاح العام لزميل…</translation>
        </message>
        <message>
            <source>Share with a colleague</source>
            <translation>مشاركة مع زميل</translation>
        </message>
        <message>
            <source>Only this person's laptop will open it:</source>
            <translation>لن يفتحه إلا حاسوب هذا الشخص:</translation>
        </message>
        <message>
            <source>Open a shared assessment</source>
            <translation>فتح تقييم مشترك</translation>
        </message>
        <message>
            <source>The shared assessment could not be opened (%1).</source>
            <translation>تعذّر فتح التقييم المشترك (%1).</translation>
        </message>
        <message>
            <source>Imported %1 from %2 (fingerprint %3).</source>
            <translation>استُورد %1 من %2 (البصمة %3).</translation>
        </message>
        <message>
            <source>a colleague</source>
            <translation>زميل</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>اختصارات لوحة المفاتيح</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>المفاتيح</translation>
        </message>
    </context>
    <context>
        <name>StatusChart</name>
        <message>
            <source>No items</source>
            <translation>لا توجد بنود</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <translation>%1 %2</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>this device</source>
            <translation>هذا الجهاز</translation>
        </message>
        <message>
            <source>device %1</source>
            <translation>الجهاز %1</translation>
        </message>
    </context>
    <context>
        <name>SyncController</name>
        <message numerus="yes">
            <source>Received %n change(s) from the hub.</source>
            <translation>
                <numerusform>لم يُستلم أي تغيير من الخادم.</numerusform>
                <numerusform>استُلم تغيير واحد من الخادم.</numerusform>
                <numerusform>استُلم تغييران من الخادم.</numerusform>
                <numerusform>استُلمت %n تغييرات من الخادم.</numerusform>
                <numerusform>استُلم %n تغييرًا من الخادم.</numerusform>
                <numerusform>استُلم %n تغيير من الخادم.</numerusform>
            </translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>حالات التعارض</translation>
        </message>
    </context>
    <context>
        <name>SyncDialog</name>
        <message>
            <source>Sync with the team</source>
            <translation>المزامنة مع الفريق</translation>
        </message>
        <message>
            <source>e.g. Amina's laptop</source>
            <translation>مثلًا حاسوب أمينة</translation>
        </message>
        <message>
            <source>This laptop's name for the team:</source>
            <translation>اسم هذا الحاسوب لدى الفريق:</translation>
        </message>
        <message>
            <source>Folder to sync with</source>
            <translation>المجلد المستخدم للمزامنة</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>اختيار…</translation>
        </message>
        <message>
            <source>This laptop is the first of the team here</source>
            <translation>هذا الحاسوب هو الأول من الفريق هنا</translation>
        </message>
        <message>
            <source>Delete the older backups…</source>
            <translation>حذف النسخ الاحتياطية الأقدم…</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>المزامنة الآن</translation>
        </message>
        <message>
            <source>Choose a folder first.</source>
            <translation>اختر مجلداً أولاً.</translation>
        </message>
        <message>
            <source>Syncing…</source>
            <translation>جارٍ المزامنة…</translation>
        </message>
        <message>
            <source>Choose a folder every teammate's laptop sees now and then: a USB stick, a network share or a synced folder. Each laptop leaves its changes there, encrypted with the team's key and signed by the laptop, and picks up the others'.</source>
            <translation>اختر مجلداً يصل إليه حاسوب كل عضو في الفريق من حين لآخر: ذاكرة USB أو مجلد مشترك على الشبكة أو مجلد متزامن. يترك كل حاسوب فيه تغييراته، مشفّرة بمفتاح الفريق وموقّعة من الحاسوب، ويأخذ منه تغييرات الآخرين.</translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) made with another team's key — this laptop is not in that team, or was removed from it.</source>
            <translation>
                <numerusform>لا حزمة مصنوعة بمفتاح فريق آخر.</numerusform>
                <numerusform>حزمة واحدة مصنوعة بمفتاح فريق آخر — هذا الحاسوب ليس في ذلك الفريق، أو أُزيل منه.</numerusform>
                <numerusform>حزمتان مصنوعتان بمفتاح فريق آخر — هذا الحاسوب ليس في ذلك الفريق، أو أُزيل منه.</numerusform>
                <numerusform>%n حزم مصنوعة بمفتاح فريق آخر — هذا الحاسوب ليس في ذلك الفريق، أو أُزيل منه.</numerusform>
                <numerusform>%n حزمة مصنوعة بمفتاح فريق آخر — هذا الحاسوب ليس في ذلك الفريق، أو أُزيل منه.</numerusform>
                <numerusform>%n حزمة مصنوعة بمفتاح فريق آخر — هذا الحاسوب ليس في ذلك الفريق، أو أُزيل منه.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was written to this folder: no teammate's bundle has been opened here yet. If this laptop is the first of the team to use it, say so below.</source>
            <translation>لم يُكتب شيء في هذا المجلد: لم تُفتح فيه بعد أي حزمة من أحد أعضاء الفريق. إن كان هذا الحاسوب أول من يستخدمه من الفريق، فأشِر إلى ذلك أدناه.</translation>
        </message>
        <message numerus="yes">
            <source>Sent %n change(s).</source>
            <translation>
                <numerusform>لم يُرسَل أي تغيير.</numerusform>
                <numerusform>أُرسل تغيير واحد.</numerusform>
                <numerusform>أُرسل تغييران.</numerusform>
                <numerusform>أُرسلت %n تغييرات.</numerusform>
                <numerusform>أُرسل %n تغييراً.</numerusform>
                <numerusform>أُرسل %n تغيير.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing new to send.</source>
            <translation>لا جديد لإرساله.</translation>
        </message>
        <message numerus="yes">
            <source>Received %n change(s)</source>
            <translation>
                <numerusform>لم يُستلَم أي تغيير</numerusform>
                <numerusform>استُلم تغيير واحد</numerusform>
                <numerusform>استُلم تغييران</numerusform>
                <numerusform>استُلمت %n تغييرات</numerusform>
                <numerusform>استُلم %n تغييراً</numerusform>
                <numerusform>استُلم %n تغيير</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>from %n device(s).</source>
            <translation>
                <numerusform>من دون أي جهاز.</numerusform>
                <numerusform>من جهاز واحد.</numerusform>
                <numerusform>من جهازين.</numerusform>
                <numerusform>من %n أجهزة.</numerusform>
                <numerusform>من %n جهازاً.</numerusform>
                <numerusform>من %n جهاز.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing new from the team.</source>
            <translation>لا جديد من الفريق.</translation>
        </message>
        <message numerus="yes">
            <source>%n new conflict(s) to resolve.</source>
            <translation>
                <numerusform>لا توجد حالات تعارض جديدة.</numerusform>
                <numerusform>حالة تعارض جديدة واحدة تنتظر الحل.</numerusform>
                <numerusform>حالتا تعارض جديدتان تنتظران الحل.</numerusform>
                <numerusform>%n حالات تعارض جديدة تنتظر الحل.</numerusform>
                <numerusform>%n حالة تعارض جديدة تنتظر الحل.</numerusform>
                <numerusform>%n حالة تعارض جديدة تنتظر الحل.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) still to resolve.</source>
            <translation>
                <numerusform>لم تبقَ أي حالة تعارض.</numerusform>
                <numerusform>بقيت حالة تعارض واحدة تنتظر الحل.</numerusform>
                <numerusform>بقيت حالتا تعارض تنتظران الحل.</numerusform>
                <numerusform>بقيت %n حالات تعارض تنتظر الحل.</numerusform>
                <numerusform>بقيت %n حالة تعارض تنتظر الحل.</numerusform>
                <numerusform>بقيت %n حالة تعارض تنتظر الحل.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) a teammate removed for good were removed here too; backups made before may still hold them.</source>
            <translation>
                <numerusform>لم يُحذف أي نص.</numerusform>
                <numerusform>حُذف هنا أيضًا نص حذفه عضو في الفريق نهائيًا؛ وقد تحتوي عليه بعدُ النسخ الاحتياطية السابقة.</numerusform>
                <numerusform>حُذف هنا أيضًا نصان حذفهما عضو في الفريق نهائيًا؛ وقد تحتوي عليهما بعدُ النسخ الاحتياطية السابقة.</numerusform>
                <numerusform>حُذفت هنا أيضًا %n نصوص حذفها عضو في الفريق نهائيًا؛ وقد تحتوي عليها بعدُ النسخ الاحتياطية السابقة.</numerusform>
                <numerusform>حُذف هنا أيضًا %n نصًا حذفها عضو في الفريق نهائيًا؛ وقد تحتوي عليها بعدُ النسخ الاحتياطية السابقة.</numerusform>
                <numerusform>حُذف هنا أيضًا %n نص حذفها عضو في الفريق نهائيًا؛ وقد تحتوي عليها بعدُ النسخ الاحتياطية السابقة.</numerusform>
            </translation>
        </message>
        <message>
            <source>will retry next time</source>
            <translation>ستُعاد المحاولة في المرة القادمة</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>تم التخطي</translation>
        </message>
        <message numerus="yes">
            <source>Delete the %n backup(s) made before the text was removed? They still hold it. A fresh backup is made first, so you keep one.</source>
            <translation>
                <numerusform>لا نسخ احتياطية للحذف.</numerusform>
                <numerusform>أتحذف النسخة الاحتياطية المأخوذة قبل حذف النص؟ ما زالت تحتوي عليه. تُنشأ نسخة جديدة أولًا لتبقى لديك نسخة.</numerusform>
                <numerusform>أتحذف النسختين الاحتياطيتين المأخوذتين قبل حذف النص؟ ما زالتا تحتويان عليه. تُنشأ نسخة جديدة أولًا لتبقى لديك نسخة.</numerusform>
                <numerusform>أتحذف النسخ الاحتياطية الـ%n المأخوذة قبل حذف النص؟ ما زالت تحتوي عليه. تُنشأ نسخة جديدة أولًا لتبقى لديك نسخة.</numerusform>
                <numerusform>أتحذف %n نسخة احتياطية مأخوذة قبل حذف النص؟ ما زالت تحتوي عليه. تُنشأ نسخة جديدة أولًا لتبقى لديك نسخة.</numerusform>
                <numerusform>أتحذف %n نسخة احتياطية مأخوذة قبل حذف النص؟ ما زالت تحتوي عليه. تُنشأ نسخة جديدة أولًا لتبقى لديك نسخة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete older backups</source>
            <translation>حذف النسخ الاحتياطية الأقدم</translation>
        </message>
        <message>
            <source>&amp;Delete them</source>
            <translation>ا&amp;حذفها</translation>
        </message>
        <message>
            <source>The sync could not finish (%1).</source>
            <translation>تعذّر إكمال المزامنة (%1).</translation>
        </message>
    </context>
    <context>
        <name>SyncStatusIndicator</name>
        <message numerus="yes">
            <source>%n change(s) to send</source>
            <translation>
                <numerusform>لا تغييرات للإرسال</numerusform>
                <numerusform>تغيير واحد للإرسال</numerusform>
                <numerusform>تغييران للإرسال</numerusform>
                <numerusform>%n تغييرات للإرسال</numerusform>
                <numerusform>%n تغييراً للإرسال</numerusform>
                <numerusform>%n تغيير للإرسال</numerusform>
            </translation>
        </message>
        <message>
            <source>All sent</source>
            <translation>أُرسل كل شيء</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s)</source>
            <translation>
                <numerusform>لا تعارض</numerusform>
                <numerusform>تعارض واحد</numerusform>
                <numerusform>تعارضان</numerusform>
                <numerusform>%n حالات تعارض</numerusform>
                <numerusform>%n حالة تعارض</numerusform>
                <numerusform>%n حالة تعارض</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Team sync: %n change(s) made or received here not yet sent on.</source>
            <translation>
                <numerusform>مزامنة الفريق: لا توجد تغييرات لم تُرسَل بعد.</numerusform>
                <numerusform>مزامنة الفريق: تغيير واحد أُجري أو استُلم هنا ولم يُرسَل بعد.</numerusform>
                <numerusform>مزامنة الفريق: تغييران أُجريا أو استُلما هنا ولم يُرسَلا بعد.</numerusform>
                <numerusform>مزامنة الفريق: %n تغييرات أُجريت أو استُلمت هنا ولم تُرسَل بعد.</numerusform>
                <numerusform>مزامنة الفريق: %n تغييراً أُجري أو استُلم هنا ولم يُرسَل بعد.</numerusform>
                <numerusform>مزامنة الفريق: %n تغيير أُجري أو استُلم هنا ولم يُرسَل بعد.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to resolve: two people changed the same text.</source>
            <translation>
                <numerusform>لا توجد حالات تعارض تنتظر الحل.</numerusform>
                <numerusform>حالة تعارض واحدة تنتظر الحل: عدّل شخصان النص نفسه.</numerusform>
                <numerusform>حالتا تعارض تنتظران الحل: عدّل شخصان النص نفسه.</numerusform>
                <numerusform>%n حالات تعارض تنتظر الحل: عدّل شخصان النص نفسه.</numerusform>
                <numerusform>%n حالة تعارض تنتظر الحل: عدّل شخصان النص نفسه.</numerusform>
                <numerusform>%n حالة تعارض تنتظر الحل: عدّل شخصان النص نفسه.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TeamPanel</name>
        <message>
            <source>Team members</source>
            <translation>أعضاء الفريق</translation>
        </message>
        <message>
            <source>Member</source>
            <translation>العضو</translation>
        </message>
        <message>
            <source>Verification code</source>
            <translation>رمز التحقق</translation>
        </message>
        <message>
            <source>Create a team…</source>
            <translation>إنشاء فريق…</translation>
        </message>
        <message>
            <source>Join with an invitation…</source>
            <translation>الانضمام بدعوة…</translation>
        </message>
        <message>
            <source>Open the answer…</source>
            <translation>فتح الرد…</translation>
        </message>
        <message>
            <source>Invite a member…</source>
            <translation>دعوة عضو…</translation>
        </message>
        <message>
            <source>Add a member…</source>
            <translation>إضافة عضو…</translation>
        </message>
        <message>
            <source>Remove…</source>
            <translation>إزالة…</translation>
        </message>
        <message>
            <source>This laptop is not in a team yet: create one, or join with a member's invitation.</source>
            <translation>هذا الحاسوب ليس في أي فريق بعد: أنشئ فريقاً، أو انضم بدعوة من أحد الأعضاء.</translation>
        </message>
        <message numerus="yes">
            <source>Team %1 — %n member(s), key epoch %2.</source>
            <translation>
                <numerusform>الفريق %1 — لا أعضاء، حقبة المفتاح %2.</numerusform>
                <numerusform>الفريق %1 — عضو واحد، حقبة المفتاح %2.</numerusform>
                <numerusform>الفريق %1 — عضوان، حقبة المفتاح %2.</numerusform>
                <numerusform>الفريق %1 — %n أعضاء، حقبة المفتاح %2.</numerusform>
                <numerusform>الفريق %1 — %n عضواً، حقبة المفتاح %2.</numerusform>
                <numerusform>الفريق %1 — %n عضو، حقبة المفتاح %2.</numerusform>
            </translation>
        </message>
        <message>
            <source>this laptop</source>
            <translation>هذا الحاسوب</translation>
        </message>
        <message>
            <source>Unprotected profile</source>
            <translation>ملف غير محمي</translation>
        </message>
        <message>
            <source>This profile is not protected by a passphrase, so the team's keys would be stored unencrypted on this laptop. It is safer to protect the profile first (Profile menu). Keep the team's keys in this unprotected profile anyway?</source>
            <translation>هذا الملف غير محمي بعبارة مرور، لذا ستُحفظ مفاتيح الفريق على هذا الحاسوب دون تشفير. الأسلم أن تحمي الملف أولاً (قائمة الملف). هل تريد مع ذلك الاحتفاظ بمفاتيح الفريق في هذا الملف غير المحمي؟</translation>
        </message>
        <message>
            <source>%1 could not be read (%2).</source>
            <translation>تعذّرت قراءة %1 (%2).</translation>
        </message>
        <message>
            <source>Create a team</source>
            <translation>إنشاء فريق</translation>
        </message>
        <message>
            <source>The team's name:</source>
            <translation>اسم الفريق:</translation>
        </message>
        <message>
            <source>Team created. Invite each member, then add them when they answer.</source>
            <translation>أُنشئ الفريق. ادعُ كل عضو، ثم أضفه عندما يرد.</translation>
        </message>
        <message>
            <source>A member's invitation</source>
            <translation>دعوة من أحد الأعضاء</translation>
        </message>
        <message>
            <source>Team invitations (*.fginvite)</source>
            <translation>دعوات الفريق (*.fginvite)</translation>
        </message>
        <message>
            <source>Save the join request</source>
            <translation>حفظ طلب الانضمام</translation>
        </message>
        <message>
            <source>Join requests (*.fgjoin)</source>
            <translation>طلبات الانضمام (*.fgjoin)</translation>
        </message>
        <message>
            <source>Verification code: %1. Give the request to the member who invited you; their laptop must show this same code before they add you to %2. Then open their answer here.</source>
            <translation>رمز التحقق: %1. سلّم الطلب للعضو الذي دعاك؛ يجب أن يعرض حاسوبه الرمز نفسه قبل أن يضيفك إلى %2. ثم افتح رده هنا.</translation>
        </message>
        <message>
            <source>The member's answer</source>
            <translation>رد العضو</translation>
        </message>
        <message>
            <source>Answers (*.fganswer)</source>
            <translation>الردود (*.fganswer)</translation>
        </message>
        <message>
            <source>This laptop is now a member of the team. Sync to receive its work.</source>
            <translation>أصبح هذا الحاسوب عضواً في الفريق. زامن لتتلقى عمله.</translation>
        </message>
        <message>
            <source>Save the invitation</source>
            <translation>حفظ الدعوة</translation>
        </message>
        <message>
            <source>Invitation saved as %1: give it to the new member.</source>
            <translation>حُفظت الدعوة باسم %1: سلّمها للعضو الجديد.</translation>
        </message>
        <message>
            <source>The new member's join request</source>
            <translation>طلب انضمام العضو الجديد</translation>
        </message>
        <message>
            <source>%1 asks to join the team.

Does that laptop show exactly this verification code?

%2

Add it only if the codes are the same.</source>
            <translation>يطلب %1 الانضمام إلى الفريق.

هل يعرض ذلك الحاسوب رمز التحقق هذا بالضبط؟

%2

لا تضفه إلا إذا تطابق الرمزان.</translation>
        </message>
        <message>
            <source>Add a member</source>
            <translation>إضافة عضو</translation>
        </message>
        <message>
            <source>Not added: nothing was signed.</source>
            <translation>لم تتم الإضافة: لم يُوقَّع شيء.</translation>
        </message>
        <message>
            <source>Save the answer</source>
            <translation>حفظ الرد</translation>
        </message>
        <message>
            <source>%1 is now a member. Give them %2 to open on their laptop.</source>
            <translation>أصبح %1 عضواً. سلّمه %2 ليفتحه على حاسوبه.</translation>
        </message>
        <message>
            <source>Remove a member</source>
            <translation>إزالة عضو</translation>
        </message>
        <message>
            <source>Remove %1 from the team? It will not be able to read anything the team writes from now on; what it already has stays on it.</source>
            <translation>إزالة %1 من الفريق؟ لن يستطيع قراءة أي شيء يكتبه الفريق من الآن فصاعداً؛ أما ما لديه بالفعل فيبقى عليه.</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Remove: this laptop was lost</source>
            <translation>إزالة: فُقد هذا الحاسوب</translation>
        </message>
        <message>
            <source>%1 was removed. The team's next bundles use a new key it cannot read.</source>
            <translation>أُزيل %1. تستخدم حزم الفريق القادمة مفتاحاً جديداً لا يستطيع قراءته.</translation>
        </message>
    </context>
    <context>
        <name>TransferController</name>
        <message>
            <source>Open an assessment to export it.</source>
            <translation>افتح تقييماً لتصديره.</translation>
        </message>
        <message>
            <source>The open note could not be saved; the report would leave it out.</source>
            <translation>تعذّر حفظ الملاحظة المفتوحة؛ وسيُغفلها التقرير.</translation>
        </message>
        <message>
            <source>Report saved as %1</source>
            <translation>حُفظ التقرير باسم %1</translation>
        </message>
        <message>
            <source>Open an assessment to share it.</source>
            <translation>افتح تقييمًا لمشاركته.</translation>
        </message>
        <message>
            <source>The open note could not be saved; share again once it is.</source>
            <translation>تعذّر حفظ الملاحظة المفتوحة؛ أعد المشاركة بعد حفظها.</translation>
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message>
            <source>Unlock</source>
            <translation>فتح القفل</translation>
        </message>
        <message>
            <source>Passphrase:</source>
            <translation>عبارة المرور:</translation>
        </message>
        <message>
            <source>Opening…</source>
            <translation>جارٍ الفتح…</translation>
        </message>
        <message>
            <source>Try again.</source>
            <translation>أعِد المحاولة.</translation>
        </message>
        <message numerus="yes">
            <source>Too many wrong passphrases. Try again in %n second(s).</source>
            <translation>
                <numerusform>أُدخلت عبارات مرور خاطئة مرات كثيرة جداً. أعِد المحاولة الآن.</numerusform>
                <numerusform>أُدخلت عبارات مرور خاطئة مرات كثيرة جداً. أعِد المحاولة بعد ثانية واحدة.</numerusform>
                <numerusform>أُدخلت عبارات مرور خاطئة مرات كثيرة جداً. أعِد المحاولة بعد ثانيتين.</numerusform>
                <numerusform>أُدخلت عبارات مرور خاطئة مرات كثيرة جداً. أعِد المحاولة بعد %n ثوانٍ.</numerusform>
                <numerusform>أُدخلت عبارات مرور خاطئة مرات كثيرة جداً. أعِد المحاولة بعد %n ثانية.</numerusform>
                <numerusform>أُدخلت عبارات مرور خاطئة مرات كثيرة جداً. أعِد المحاولة بعد %n ثانية.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WorkspaceAnswers</name>
        <message>
            <source>Could not save: %1</source>
            <translation>تعذّر الحفظ: %1</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>تم الحفظ</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>لم يُحفَظ</translation>
        </message>
        <message>
            <source>Not saved (%1). Your text stays in the editor and will be saved when possible.</source>
            <translation>لم يُحفَظ (%1). يبقى نصك في المحرر وسيُحفَظ عندما يتيسّر ذلك.</translation>
        </message>
        <message>
            <source>No assessment open</source>
            <translation>لا يوجد تقييم مفتوح</translation>
        </message>
        <message>
            <source>%1 of %2 assessed</source>
            <translation>قُيِّم %1 من أصل %2</translation>
        </message>
        <message>
            <source>%1 items</source>
            <translation>البنود: %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 من أصل %2</translation>
        </message>
        <message>
            <source>This assessment is final and read-only. Reopen it to change answers, notes or actions.</source>
            <translation>هذا التقييم نهائي وللقراءة فقط. أعِد فتحه لتعديل الإجابات أو الملاحظات أو الإجراءات.</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>إعادة ال&amp;فتح</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>&amp;Finalise</source>
            <translation>ا&amp;عتماد الصيغة النهائية</translation>
        </message>
        <message>
            <source>Make the assessment read-only; you can reopen it later</source>
            <translation>جعل التقييم للقراءة فقط؛ يمكنك إعادة فتحه لاحقاً</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>ع&amp;رض</translation>
        </message>
        <message>
            <source>Checklist items</source>
            <translation>بنود القائمة المرجعية</translation>
        </message>
        <message>
            <source>Assessors: %1</source>
            <translation>المقيِّمون: %1</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceDisplay</name>
        <message>
            <source>No assessment open</source>
            <translation>لا يوجد تقييم مفتوح</translation>
        </message>
        <message>
            <source>%1 of %2 assessed</source>
            <translation>قُيِّم %1 من أصل %2</translation>
        </message>
        <message>
            <source>%1 items</source>
            <translation>البنود: %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 من أصل %2</translation>
        </message>
        <message>
            <source>This assessment is final and read-only. Reopen it to change answers, notes or actions.</source>
            <translation>هذا التقييم نهائي وللقراءة فقط. أعِد فتحه لتعديل الإجابات أو الملاحظات أو الإجراءات.</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>إعادة ال&amp;فتح</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>&amp;Finalise</source>
            <translation>ا&amp;عتماد الصيغة النهائية</translation>
        </message>
        <message>
            <source>Make the assessment read-only; you can reopen it later</source>
            <translation>جعل التقييم للقراءة فقط؛ يمكنك إعادة فتحه لاحقاً</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>ع&amp;رض</translation>
        </message>
        <message>
            <source>Checklist items</source>
            <translation>بنود القائمة المرجعية</translation>
        </message>
        <message>
            <source>Assessors: %1</source>
            <translation>المقيِّمون: %1</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceLayout</name>
        <message>
            <source>&amp;Reopen</source>
            <translation>إعادة ال&amp;فتح</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>&amp;Finalise</source>
            <translation>ا&amp;عتماد الصيغة النهائية</translation>
        </message>
        <message>
            <source>Make the assessment read-only; you can reopen it later</source>
            <translation>جعل التقييم للقراءة فقط؛ يمكنك إعادة فتحه لاحقاً</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>ع&amp;رض</translation>
        </message>
        <message>
            <source>Checklist items</source>
            <translation>بنود القائمة المرجعية</translation>
        </message>
        <message>
            <source>Assessors: %1</source>
            <translation>المقيِّمون: %1</translation>
        </message>
    </context>
    <context>
        <name>WorkspaceNavigation</name>
        <message>
            <source>No assessment open</source>
            <translation>لا يوجد تقييم مفتوح</translation>
        </message>
        <message>
            <source>%1 of %2 assessed</source>
            <translation>قُيِّم %1 من أصل %2</translation>
        </message>
        <message>
            <source>%1 items</source>
            <translation>البنود: %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 من أصل %2</translation>
        </message>
        <message>
            <source>This assessment is final and read-only. Reopen it to change answers, notes or actions.</source>
            <translation>هذا التقييم نهائي وللقراءة فقط. أعِد فتحه لتعديل الإجابات أو الملاحظات أو الإجراءات.</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>إعادة ال&amp;فتح</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>إعادة المحاولة</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>&amp;Finalise</source>
            <translation>ا&amp;عتماد الصيغة النهائية</translation>
        </message>
        <message>
            <source>Make the assessment read-only; you can reopen it later</source>
            <translation>جعل التقييم للقراءة فقط؛ يمكنك إعادة فتحه لاحقاً</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>ع&amp;رض</translation>
        </message>
        <message>
            <source>Checklist items</source>
            <translation>بنود القائمة المرجعية</translation>
        </message>
        <message>
            <source>Assessors: %1</source>
            <translation>المقيِّمون: %1</translation>
        </message>
    </context>
    <context>
        <name>controller</name>
        <message>
            <source>The profile could not be protected: %1</source>
            <translation>تعذّرت حماية الملف الشخصي: %1</translation>
        </message>
    </context>
    <context>
        <name>fieldguide</name>
        <message>
            <source>an assessment needs at least one checklist</source>
            <translation>يتطلب التقييم قائمة مرجعية واحدة على الأقل</translation>
        </message>
        <message>
            <source>no checklist has the id %r</source>
            <translation>لا توجد قائمة مرجعية بالمعرِّف %r</translation>
        </message>
        <message>
            <source>the checklist %r is no longer in the library</source>
            <translation>القائمة المرجعية %r لم تعد موجودة في المكتبة</translation>
        </message>
        <message>
            <source>nothing to record: give a status, a note, evidence or a confidence</source>
            <translation>لا شيء لتسجيله: حدِّد حالة أو ملاحظة أو أدلة أو درجة ثقة</translation>
        </message>
        <message>
            <source>the assessment %r is final; reopen it to change it</source>
            <translation>التقييم %r نهائي؛ أعِد فتحه لتعديله</translation>
        </message>
        <message>
            <source>the assessment of the action %r has been deleted</source>
            <translation>حُذف التقييم الذي يتبعه الإجراء %r</translation>
        </message>
        <message>
            <source>more than one checklist of this assessment has an item %r; give the full id (checklist/item)</source>
            <translation>في هذا التقييم أكثر من قائمة مرجعية تحتوي على البند %r؛ أدخِل المعرِّف الكامل (القائمة/البند)</translation>
        </message>
        <message>
            <source>the assessment has no checklist item %r</source>
            <translation>لا يحتوي التقييم على البند %r</translation>
        </message>
        <message>
            <source>unknown confidence %r; use one of %s</source>
            <translation>درجة ثقة غير معروفة %r؛ استخدم إحدى القيم التالية: %s</translation>
        </message>
        <message>
            <source>unknown classification %r; use one of %s</source>
            <translation>درجة سرية غير معروفة %r؛ استخدم إحدى القيم التالية: %s</translation>
        </message>
        <message>
            <source>%s %r is not a date written as yyyy-mm-dd</source>
            <translation>%s %r ليس تاريخاً مكتوباً بالصيغة yyyy-mm-dd (سنة-شهر-يوم)</translation>
        </message>
        <message>
            <source>the end date %s is before the start date %s</source>
            <translation>تاريخ الانتهاء %s يسبق تاريخ البدء %s</translation>
        </message>
        <message>
            <source>an assessment needs a title</source>
            <translation>يجب أن يكون للتقييم عنوان</translation>
        </message>
        <message>
            <source>an action needs a text</source>
            <translation>يجب أن يكون للإجراء نص</translation>
        </message>
        <message>
            <source>usage error</source>
            <translation>خطأ في الاستخدام</translation>
        </message>
        <message>
            <source>Field Guide: guidance, checklists and assessments.</source>
            <translation>Field Guide: إرشادات وقوائم مرجعية وتقييمات.</translation>
        </message>
        <message>
            <source>where the profile lives (or FIELDGUIDE_DATA_DIR)</source>
            <translation>مكان الملف الشخصي (أو FIELDGUIDE_DATA_DIR)</translation>
        </message>
        <message>
            <source>keep data beside the program</source>
            <translation>حفظ البيانات بجوار البرنامج</translation>
        </message>
        <message>
            <source>read the passphrase of a protected profile from FILE</source>
            <translation>قراءة عبارة مرور الملف الشخصي المحمي من FILE</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>تمت المقاطعة</translation>
        </message>
        <message>
            <source>assessments against checklists</source>
            <translation>التقييمات القائمة على القوائم المرجعية</translation>
        </message>
        <message>
            <source>start an assessment from one or more checklists</source>
            <translation>بدء تقييم انطلاقاً من قائمة مرجعية واحدة أو أكثر</translation>
        </message>
        <message>
            <source>repeat for more</source>
            <translation>كرِّره لإضافة المزيد</translation>
        </message>
        <message>
            <source>country or region</source>
            <translation>البلد أو المنطقة</translation>
        </message>
        <message>
            <source>mission or office</source>
            <translation>البعثة أو المكتب</translation>
        </message>
        <message>
            <source>unclassified, confidential or strictly-confidential</source>
            <translation>unclassified (غير سري) أو confidential (سري) أو strictly-confidential (سري للغاية)</translation>
        </message>
        <message>
            <source>assessments, most recently changed first</source>
            <translation>التقييمات، بدءاً بأحدثها تعديلاً</translation>
        </message>
        <message>
            <source>the deleted ones, which can be undeleted</source>
            <translation>التقييمات المحذوفة التي يمكن استرجاعها</translation>
        </message>
        <message>
            <source>an assessment with every item, answer and action</source>
            <translation>تقييم بجميع بنوده وإجاباته وإجراءاته</translation>
        </message>
        <message>
            <source>record a status, note, evidence or confidence for an item</source>
            <translation>تسجيل حالة بند أو ملاحظة عليه أو أدلته أو درجة الثقة فيه</translation>
        </message>
        <message>
            <source>the note (Markdown); replaces the item's note</source>
            <translation>الملاحظة (بتنسيق Markdown)؛ تحل محل ملاحظة البند</translation>
        </message>
        <message>
            <source>read the note from a file (- for stdin)</source>
            <translation>قراءة الملاحظة من ملف (- للمدخلات القياسية)</translation>
        </message>
        <message>
            <source>evidence or sources</source>
            <translation>الأدلة أو المصادر</translation>
        </message>
        <message>
            <source>low, medium or high (none to clear)</source>
            <translation>low (منخفضة) أو medium (متوسطة) أو high (عالية)؛ none للمسح</translation>
        </message>
        <message>
            <source>make an assessment read-only</source>
            <translation>جعل التقييم للقراءة فقط</translation>
        </message>
        <message>
            <source>make a final assessment editable again</source>
            <translation>إتاحة تعديل تقييم نهائي من جديد</translation>
        </message>
        <message>
            <source>move an assessment to the bin (undo with undelete)</source>
            <translation>نقل تقييم إلى سلة المحذوفات (للتراجع: undelete)</translation>
        </message>
        <message>
            <source>bring a deleted assessment back</source>
            <translation>استرجاع تقييم محذوف</translation>
        </message>
        <message>
            <source>copy an assessment with its answers and actions</source>
            <translation>نسخ تقييم مع إجاباته وإجراءاته</translation>
        </message>
        <message>
            <source>follow-up actions of an assessment</source>
            <translation>إجراءات المتابعة الخاصة بتقييم</translation>
        </message>
        <message>
            <source>add a follow-up action</source>
            <translation>إضافة إجراء متابعة</translation>
        </message>
        <message>
            <source>the assessment</source>
            <translation>التقييم</translation>
        </message>
        <message>
            <source>the item the action follows up</source>
            <translation>البند الذي يتابعه الإجراء</translation>
        </message>
        <message>
            <source>mark an action done</source>
            <translation>وسم إجراء بأنه منجز</translation>
        </message>
        <message>
            <source>mark it not done again</source>
            <translation>وسمه مجدداً بأنه غير منجز</translation>
        </message>
        <message>
            <source>No deleted assessments.</source>
            <translation>لا توجد تقييمات محذوفة.</translation>
        </message>
        <message>
            <source>No assessments yet.</source>
            <translation>لا توجد تقييمات بعد.</translation>
        </message>
        <message>
            <source>final</source>
            <translation>نهائي</translation>
        </message>
        <message>
            <source>%d of %d assessed</source>
            <translation>قُيِّم %d من أصل %d</translation>
        </message>
        <message>
            <source>id</source>
            <translation>المعرِّف</translation>
        </message>
        <message>
            <source>status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>classification</source>
            <translation>درجة السرية</translation>
        </message>
        <message>
            <source>assessors</source>
            <translation>المقيِّمون</translation>
        </message>
        <message>
            <source>period</source>
            <translation>الفترة</translation>
        </message>
        <message>
            <source>retired</source>
            <translation>مسحوب</translation>
        </message>
        <message>
            <source>confidence</source>
            <translation>درجة الثقة</translation>
        </message>
        <message>
            <source>note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>الإجراءات</translation>
        </message>
        <message>
            <source>due %s</source>
            <translation>الموعد النهائي: %s</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>متأخر</translation>
        </message>
        <message>
            <source>%s is not UTF-8 text</source>
            <translation>الملف %s ليس نصاً بترميز UTF-8</translation>
        </message>
        <message>
            <source>final: the assessment is now read-only (reopen to change it)</source>
            <translation>نهائي: أصبح التقييم للقراءة فقط (أعِد فتحه لتعديله)</translation>
        </message>
        <message>
            <source>reopened: the assessment can be changed again</source>
            <translation>أُعيد فتحه: يمكن تعديل التقييم من جديد</translation>
        </message>
        <message>
            <source>deleted %s (undo with: fieldguide assessment undelete %s)</source>
            <translation>حُذف %s (للتراجع: fieldguide assessment undelete %s)</translation>
        </message>
        <message>
            <source>restored %s</source>
            <translation>استُرجع %s</translation>
        </message>
        <message>
            <source>done</source>
            <translation>منجز</translation>
        </message>
        <message>
            <source>not done</source>
            <translation>غير منجز</translation>
        </message>
        <message>
            <source>export an assessment as a report</source>
            <translation>تصدير تقييم في شكل تقرير</translation>
        </message>
        <message>
            <source>the assessment's id (or its first 8 characters)</source>
            <translation>معرِّف التقييم (أو أحرفه الثمانية الأولى)</translation>
        </message>
        <message>
            <source>leave out notes and evidence</source>
            <translation>إغفال الملاحظات والأدلة</translation>
        </message>
        <message>
            <source>leave out items not assessed</source>
            <translation>إغفال البنود التي لم تُقيَّم</translation>
        </message>
        <message>
            <source>wrote %s</source>
            <translation>كُتب %s</translation>
        </message>
        <message>
            <source>add guidance documents (PDF, DOCX, Markdown, text)</source>
            <translation>إضافة وثائق إرشادية (PDF أو DOCX أو Markdown أو نص)</translation>
        </message>
        <message>
            <source>the document's title (one file only)</source>
            <translation>عنوان الوثيقة (لملف واحد فقط)</translation>
        </message>
        <message>
            <source>file the document under this practice area</source>
            <translation>تصنيف الوثيقة ضمن مجال العمل هذا</translation>
        </message>
        <message>
            <source>the file is a new edition of this imported document: it replaces it, notes stay attached</source>
            <translation>الملف طبعة جديدة من هذه الوثيقة المستوردة: يحل محلها، وتبقى الملاحظات مرتبطة بها</translation>
        </message>
        <message>
            <source>--title applies to one file; import the files one at a time</source>
            <translation>لا ينطبق --title إلا على ملف واحد؛ استورد الملفات واحداً تلو الآخر</translation>
        </message>
        <message>
            <source>--edition-of applies to one file; import the files one at a time</source>
            <translation>لا ينطبق ‎--edition-of إلا على ملف واحد؛ استورد الملفات واحداً تلو الآخر</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>تم الاستيراد</translation>
        </message>
        <message>
            <source>already in the library, unchanged</source>
            <translation>موجودة بالفعل في المكتبة، دون تغيير</translation>
        </message>
        <message>
            <source>replaced by its new edition</source>
            <translation>حلّت محلها طبعتها الجديدة</translation>
        </message>
        <message>
            <source>%d sections, %d checklists (%d items)</source>
            <translation>الأقسام: %d، القوائم المرجعية: %d (البنود: %d)</translation>
        </message>
        <message>
            <source>  it looks like %s “%s”; it was added as a separate document. If it is a new edition, import it again with --edition-of %s</source>
            <translation>  يبدو أنه %s «%s»؛ وقد أُضيف كوثيقة مستقلة. إن كان طبعة جديدة، فاستورده من جديد باستخدام ‎--edition-of %s</translation>
        </message>
        <message>
            <source>  %d notes no longer match a section; they are kept as detached notes</source>
            <translation>  الملاحظات التي لم تعد تطابق أي قسم: %d؛ وهي محفوظة كملاحظات منفصلة</translation>
        </message>
        <message>
            <source>installed documents and checklists</source>
            <translation>الوثائق والقوائم المرجعية المثبَّتة</translation>
        </message>
        <message>
            <source>a section, checklist or document as Markdown</source>
            <translation>قسم أو قائمة مرجعية أو وثيقة بتنسيق Markdown</translation>
        </message>
        <message>
            <source>ranked hits with snippets</source>
            <translation>نتائج مرتبة مع مقتطفات</translation>
        </message>
        <message>
            <source>content packs</source>
            <translation>حزم المحتوى</translation>
        </message>
        <message>
            <source>check a pack without installing it</source>
            <translation>التحقق من حزمة دون تثبيتها</translation>
        </message>
        <message>
            <source>install or upgrade a pack</source>
            <translation>تثبيت حزمة أو ترقيتها</translation>
        </message>
        <message>
            <source>reinstall the same or an older version</source>
            <translation>إعادة تثبيت الإصدار نفسه أو إصدار أقدم</translation>
        </message>
        <message>
            <source>install a pack that nobody signed (this once)</source>
            <translation>تثبيت حزمة لم يوقّعها أحد (هذه المرة فقط)</translation>
        </message>
        <message>
            <source>trust the key that signed this pack, from now on, and install it</source>
            <translation>الوثوق من الآن فصاعداً بالمفتاح الذي وقّع هذه الحزمة، وتثبيتها</translation>
        </message>
        <message>
            <source>zip a pack folder into a .fgpack</source>
            <translation>ضغط مجلد حزمة في ملف ‎.fgpack</translation>
        </message>
        <message>
            <source>sign the pack with this private key</source>
            <translation>توقيع الحزمة بهذا المفتاح الخاص</translation>
        </message>
        <message>
            <source>recompute and sign a pack folder's pack.json in place</source>
            <translation>إعادة حساب ملف pack.json في مجلد حزمة وتوقيعه في مكانه</translation>
        </message>
        <message>
            <source>create a publisher's signing key</source>
            <translation>إنشاء مفتاح توقيع لناشر</translation>
        </message>
        <message>
            <source>the publisher's name, as packs give it</source>
            <translation>اسم الناشر كما يرد في الحزم</translation>
        </message>
        <message>
            <source>the publishers whose packs install</source>
            <translation>الناشرون الذين تُثبَّت حزمهم</translation>
        </message>
        <message>
            <source>No results for %r.</source>
            <translation>لا توجد نتائج لـ%r.</translation>
        </message>
        <message>
            <source>not signed (publisher given: %s)</source>
            <translation>غير موقَّعة (الناشر المذكور: %s)</translation>
        </message>
        <message>
            <source>signed by %s (key %s), a trusted publisher</source>
            <translation>موقَّعة من %s (المفتاح %s)، وهو ناشر موثوق به</translation>
        </message>
        <message>
            <source>signed by %s (key %s), a publisher you have not trusted</source>
            <translation>موقَّعة من %s (المفتاح %s)، وهو ناشر لم تمنحه ثقتك</translation>
        </message>
        <message>
            <source>%s %s is valid: %d documents, %d sections, %d checklists, %d items</source>
            <translation>%s %s صالحة: الوثائق: %d، الأقسام: %d، القوائم المرجعية: %d، البنود: %d</translation>
        </message>
        <message>
            <source>%s %s is already installed; nothing changed</source>
            <translation>%s %s مثبَّتة بالفعل؛ لم يتغير شيء</translation>
        </message>
        <message>
            <source>installed %s %s (%d documents, %d checklists)</source>
            <translation>ثُبِّتت %s %s (الوثائق: %d، القوائم المرجعية: %d)</translation>
        </message>
        <message>
            <source>the bundle is damaged or altered</source>
            <translation>الحزمة تالفة أو معدَّلة</translation>
        </message>
        <message>
            <source>%(file)s: refused: its team roster is not signed by a member of the team (%(reason)s); nothing was applied</source>
            <translation>%(file)s: مرفوض: قائمة الفريق فيه غير موقّعة من أحد أعضاء الفريق (%(reason)s)؛ لم يُطبَّق شيء</translation>
        </message>
        <message>
            <source>%(file)s: refused: it holds changes %(device)s made after it was removed from the team; nothing was applied</source>
            <translation>%(file)s: مرفوض: يحوي تغييرات أجراها %(device)s بعد إزالته من الفريق؛ لم يُطبَّق شيء</translation>
        </message>
        <message>
            <source>%(file)s: refused: %(device)s is not a member of the team; nothing was applied</source>
            <translation>%(file)s: مرفوض: %(device)s ليس عضواً في الفريق؛ لم يُطبَّق شيء</translation>
        </message>
        <message>
            <source>%(file)s: refused: a change claims to come from %(device)s but is not signed by that device's key; nothing was applied</source>
            <translation>%(file)s: مرفوض: تغيير يدّعي أنه من %(device)s لكنه غير موقّع بمفتاح ذلك الجهاز؛ لم يُطبَّق شيء</translation>
        </message>
        <message>
            <source>%(device)s's bundle is dated %(theirs)s, but this computer's clock says %(ours)s: one of the two clocks is wrong. Check the date, time and time zone on both (the changes were applied; order comes from what each device had seen).</source>
            <translation>حزمة %(device)s مؤرخة %(theirs)s، لكن ساعة هذا الحاسوب تشير إلى %(ours)s: إحدى الساعتين خاطئة. تحقّق من التاريخ والوقت والمنطقة الزمنية في الجهازين (طُبّقت التغييرات؛ والترتيب مأخوذ مما رآه كل جهاز).</translation>
        </message>
        <message>
            <source>A bundle made on this computer was dated %(ours)s, but %(device)s's clock said %(theirs)s when it arrived: one of the two clocks is wrong. Check the date, time and time zone.</source>
            <translation>حزمة صُنعت على هذا الحاسوب كانت مؤرخة %(ours)s، لكن ساعة %(device)s كانت تشير إلى %(theirs)s عند وصولها: إحدى الساعتين خاطئة. تحقّق من التاريخ والوقت والمنطقة الزمنية.</translation>
        </message>
        <message numerus="yes">
            <source>%n section(s)</source>
            <translation>
                <numerusform>لا أقسام</numerusform>
                <numerusform>قسم واحد</numerusform>
                <numerusform>قسمان</numerusform>
                <numerusform>%n أقسام</numerusform>
                <numerusform>%n قسماً</numerusform>
                <numerusform>%n قسم</numerusform>
            </translation>
        </message>
        <message>
            <source>give the answer or the note, not both: a question's answer is its note</source>
            <translation>أعطِ الإجابة أو الملاحظة، لا كلتيهما: إجابة السؤال هي ملاحظته</translation>
        </message>
        <message>
            <source>the item %(item)r is a %(kind)s, not a question: give a note</source>
            <translation>البند %(item)r من نوع %(kind)s وليس سؤالًا: أعطِ ملاحظة</translation>
        </message>
        <message>
            <source>%(value)r is not on the scale of a %(kind)s; use one of %(choices)s</source>
            <translation>%(value)r ليست من سلّم البند من نوع %(kind)s؛ استخدم إحدى القيم %(choices)s</translation>
        </message>
        <message>
            <source>a value of the item's own scale: criterion met|partly-met|not-met|not-applicable; question answered; step done|under-way|not-started|not-applicable; tip applied|not-applied|not-relevant; any item not-assessed</source>
            <translation>قيمة من سلّم البند نفسه: المعيار met|partly-met|not-met|not-applicable؛ السؤال answered؛ الخطوة done|under-way|not-started|not-applicable؛ النصيحة applied|not-applied|not-relevant؛ أي بند not-assessed</translation>
        </message>
        <message>
            <source>a question's answer (Markdown); marks it answered, or not yet if empty</source>
            <translation>إجابة السؤال (Markdown)؛ تجعله مُجابًا، أو لم يُجب بعد إن كانت فارغة</translation>
        </message>
        <message>
            <source>progress: %d of %d assessed</source>
            <translation>التقدّم: قُيّم %d من %d</translation>
        </message>
        <message>
            <source>recorded earlier as</source>
            <translation>سُجّل سابقًا على أنه</translation>
        </message>
        <message>
            <source>%s  Checklist: %s  (%s)</source>
            <translation>%s  قائمة مرجعية: %s  (%s)</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>لا بنود</numerusform>
                <numerusform>بند واحد</numerusform>
                <numerusform>بندان</numerusform>
                <numerusform>%n بنود</numerusform>
                <numerusform>%n بنداً</numerusform>
                <numerusform>%n بند</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n answered item(s) no longer in the pack kept as retired</source>
            <translation>
                <numerusform>لا بنود مُجاب عنها خرجت من الحزمة</numerusform>
                <numerusform>بند واحد مُجاب عنه لم يعد في الحزمة، وقد حُفظ كبند مسحوب</numerusform>
                <numerusform>بندان مُجاب عنهما لم يعودا في الحزمة، وقد حُفظا كبندين مسحوبين</numerusform>
                <numerusform>%n بنود مُجاب عنها لم تعد في الحزمة، وقد حُفظت كبنود مسحوبة</numerusform>
                <numerusform>%n بنداً مُجاباً عنه لم يعد في الحزمة، وقد حُفظت كبنود مسحوبة</numerusform>
                <numerusform>%n بند مُجاب عنه لم يعد في الحزمة، وقد حُفظت كبنود مسحوبة</numerusform>
            </translation>
        </message>
        <message>
            <source>wrote %s (%d bytes), not signed</source>
            <translation>كُتب %s (%d بايت)، غير موقَّع</translation>
        </message>
        <message>
            <source>wrote %s (%d bytes), signed</source>
            <translation>كُتب %s (%d بايت)، موقَّع</translation>
        </message>
        <message>
            <source>signed %s %s (%d files)</source>
            <translation>وُقِّعت %s %s (الملفات: %d)</translation>
        </message>
        <message>
            <source>wrote the private key to %s: keep it secret, never in a repository or a pack</source>
            <translation>كُتب المفتاح الخاص في %s: احفظه سراً، ولا تضعه أبداً في مستودع أو في حزمة</translation>
        </message>
        <message>
            <source>public key (give it to the users who will trust your packs):</source>
            <translation>المفتاح العام (سلِّمه للمستخدمين الذين سيثقون بحزمك):</translation>
        </message>
        <message>
            <source>passphrase protection of this profile</source>
            <translation>حماية هذا الملف الشخصي بعبارة مرور</translation>
        </message>
        <message>
            <source>encrypt the profile under a new passphrase</source>
            <translation>تشفير الملف الشخصي بعبارة مرور جديدة</translation>
        </message>
        <message>
            <source>read the new passphrase from FILE (else --passphrase-file, else a prompt)</source>
            <translation>قراءة عبارة المرور الجديدة من FILE (وإلا فمن --passphrase-file، وإلا فبطلبها)</translation>
        </message>
        <message>
            <source>keep the key in the system keyring</source>
            <translation>حفظ المفتاح في سلسلة مفاتيح النظام</translation>
        </message>
        <message>
            <source>remove the passphrase (the files are no longer encrypted)</source>
            <translation>إزالة عبارة المرور (لن تبقى الملفات مشفرة)</translation>
        </message>
        <message>
            <source>change the passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>read the new passphrase from FILE</source>
            <translation>قراءة عبارة المرور الجديدة من FILE</translation>
        </message>
        <message>
            <source>whether the profile is protected, and its settings</source>
            <translation>هل الملف الشخصي محمي، وما إعداداته</translation>
        </message>
        <message>
            <source>keep the key in the system keyring of this computer</source>
            <translation>حفظ المفتاح في سلسلة مفاتيح النظام على هذا الحاسوب</translation>
        </message>
        <message>
            <source>remove the key from the system keyring</source>
            <translation>إزالة المفتاح من سلسلة مفاتيح النظام</translation>
        </message>
        <message>
            <source>lock delay and number of backups kept</source>
            <translation>مهلة القفل وعدد النسخ الاحتياطية المحفوظة</translation>
        </message>
        <message>
            <source>lock after this long unused</source>
            <translation>القفل بعد هذه المدة من عدم الاستخدام</translation>
        </message>
        <message>
            <source>automatic backups to keep</source>
            <translation>عدد النسخ الاحتياطية التلقائية المحفوظة</translation>
        </message>
        <message>
            <source>back up the profile now</source>
            <translation>إنشاء نسخة احتياطية من الملف الشخصي الآن</translation>
        </message>
        <message>
            <source>write the backup to FILE</source>
            <translation>كتابة النسخة الاحتياطية في FILE</translation>
        </message>
        <message>
            <source>replace the profile by a backup (the current one is kept)</source>
            <translation>استبدال الملف الشخصي بنسخة احتياطية (يُحتفظ بالملف الحالي)</translation>
        </message>
        <message>
            <source>the passphrase of the backup, when it differs from the profile's</source>
            <translation>عبارة مرور النسخة الاحتياطية، إن اختلفت عن عبارة مرور الملف الشخصي</translation>
        </message>
        <message>
            <source>check the database and the search index</source>
            <translation>التحقق من قاعدة البيانات وفهرس البحث</translation>
        </message>
        <message>
            <source>rebuild the search index if it is damaged</source>
            <translation>إعادة بناء فهرس البحث إذا كان تالفاً</translation>
        </message>
        <message>
            <source>no terminal to ask for the passphrase: give it in a file</source>
            <translation>لا توجد طرفية لطلب عبارة المرور: قدِّمها في ملف</translation>
        </message>
        <message>
            <source>Passphrase: </source>
            <translation>عبارة المرور: </translation>
        </message>
        <message>
            <source>this profile is protected: give --passphrase-file FILE</source>
            <translation>هذا الملف الشخصي محمي: استخدم ‎--passphrase-file FILE</translation>
        </message>
        <message>
            <source>give the new passphrase with --new-passphrase-file FILE</source>
            <translation>قدِّم عبارة المرور الجديدة باستخدام ‎--new-passphrase-file FILE</translation>
        </message>
        <message>
            <source>New passphrase: </source>
            <translation>عبارة المرور الجديدة: </translation>
        </message>
        <message>
            <source>The same again: </source>
            <translation>أعِد إدخالها: </translation>
        </message>
        <message>
            <source>the two passphrases differ: nothing was changed</source>
            <translation>عبارتا المرور غير متطابقتين: لم يُغيَّر شيء</translation>
        </message>
        <message>
            <source>the profile is now encrypted; keep the passphrase safe: without it the notes cannot be recovered</source>
            <translation>أصبح الملف الشخصي مشفراً؛ احفظ عبارة المرور في مكان آمن: فبدونها لا يمكن استعادة الملاحظات</translation>
        </message>
        <message>
            <source>there is no system keyring on this computer: the passphrase will be asked each time</source>
            <translation>لا توجد سلسلة مفاتيح للنظام على هذا الحاسوب: ستُطلب عبارة المرور في كل مرة</translation>
        </message>
        <message>
            <source>the passphrase is removed: the profile and its backups are no longer encrypted</source>
            <translation>أُزيلت عبارة المرور: لم يعد الملف الشخصي ونسخه الاحتياطية مشفرة</translation>
        </message>
        <message>
            <source>the passphrase is changed; the backups are encrypted under the new one</source>
            <translation>تغيّرت عبارة المرور؛ والنسخ الاحتياطية مشفرة بالعبارة الجديدة</translation>
        </message>
        <message>
            <source>protected: yes (Argon2id, %d MiB, %d passes)</source>
            <translation>محمي: نعم (Argon2id، %d ميبيبايت، %d تمريرات)</translation>
        </message>
        <message>
            <source>key remembered on this computer: %s</source>
            <translation>المفتاح محفوظ على هذا الحاسوب: %s</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>no</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>protected: no (anyone with the files can read the notes)</source>
            <translation>محمي: لا (يستطيع كل من يصل إلى الملفات قراءة الملاحظات)</translation>
        </message>
        <message>
            <source>lock after: %g minutes unused</source>
            <translation>القفل بعد: %g دقيقة من عدم الاستخدام</translation>
        </message>
        <message>
            <source>backups kept: %d</source>
            <translation>النسخ الاحتياطية المحفوظة: %d</translation>
        </message>
        <message>
            <source>the key is kept in this computer's keyring: the profile opens without the passphrase here</source>
            <translation>المفتاح محفوظ في سلسلة مفاتيح هذا الحاسوب: يُفتح الملف الشخصي هنا دون عبارة المرور</translation>
        </message>
        <message>
            <source>the key is no longer kept on this computer</source>
            <translation>لم يعد المفتاح محفوظاً على هذا الحاسوب</translation>
        </message>
        <message>
            <source>nothing to set: give --lock-after MINUTES or --keep-backups N</source>
            <translation>لا شيء لتعيينه: استخدم ‎--lock-after MINUTES أو ‎--keep-backups N</translation>
        </message>
        <message>
            <source>backup written: %s</source>
            <translation>كُتبت النسخة الاحتياطية: %s</translation>
        </message>
        <message>
            <source>it is encrypted; keep %s beside it: restoring needs that file and the passphrase</source>
            <translation>النسخة مشفرة؛ احفظ %s بجوارها: فالاستعادة تتطلب ذلك الملف وعبارة المرور</translation>
        </message>
        <message>
            <source>Passphrase of the backup: </source>
            <translation>عبارة مرور النسخة الاحتياطية: </translation>
        </message>
        <message>
            <source>restored %s; the profile as it was is kept as %s</source>
            <translation>استُعيدت %s؛ والملف الشخصي كما كان محفوظ باسم %s</translation>
        </message>
        <message>
            <source>repaired: %s</source>
            <translation>تم الإصلاح: %s</translation>
        </message>
        <message>
            <source>OK: the database and the search index are sound</source>
            <translation>سليم: قاعدة البيانات وفهرس البحث سليمان</translation>
        </message>
        <message>
            <source>problem: %s</source>
            <translation>مشكلة: %s</translation>
        </message>
        <message>
            <source>share notes and assessments with the team, without a network</source>
            <translation>مشاركة الملاحظات والتقييمات مع الفريق دون اتصال بالشبكة</translation>
        </message>
        <message>
            <source>write the changes not yet sent as one bundle file</source>
            <translation>كتابة التغييرات التي لم تُرسَل بعد في ملف حزمة واحد</translation>
        </message>
        <message>
            <source>every change this device holds</source>
            <translation>جميع التغييرات الموجودة على هذا الجهاز</translation>
        </message>
        <message>
            <source>what that device (its name or id) has not confirmed receiving</source>
            <translation>ما لم يؤكد ذلك الجهاز (باسمه أو معرّفه) استلامه</translation>
        </message>
        <message>
            <source>apply a bundle received from a teammate</source>
            <translation>تطبيق حزمة مستلمة من أحد أعضاء الفريق</translation>
        </message>
        <message>
            <source>sync with a shared folder or USB stick</source>
            <translation>المزامنة مع مجلد مشترك أو ذاكرة USB</translation>
        </message>
        <message>
            <source>default: the last folder used</source>
            <translation>الافتراضي: آخر مجلد مستخدم</translation>
        </message>
        <message>
            <source>this device is the first of the team in this folder</source>
            <translation>هذا الجهاز هو الأول من الفريق في هذا المجلد</translation>
        </message>
        <message>
            <source>the name teammates see for this device</source>
            <translation>الاسم الذي يراه أعضاء الفريق لهذا الجهاز</translation>
        </message>
        <message>
            <source>e.g. "Amina's laptop"; without it, show the name</source>
            <translation>مثلًا «حاسوب أمينة»؛ ومن دونه يُعرض الاسم</translation>
        </message>
        <message>
            <source>changes to send, teammates heard from, open conflicts</source>
            <translation>التغييرات المنتظر إرسالها، وأعضاء الفريق الذين وردت منهم تغييرات، وحالات التعارض المفتوحة</translation>
        </message>
        <message>
            <source>texts that two people changed at the same time</source>
            <translation>النصوص التي عدّلها شخصان في الوقت نفسه</translation>
        </message>
        <message>
            <source>close a conflict, keeping mine, theirs or both</source>
            <translation>إغلاق حالة تعارض بالإبقاء على نسختي أو النسخة الأخرى أو كلتيهما</translation>
        </message>
        <message>
            <source>this device</source>
            <translation>هذا الجهاز</translation>
        </message>
        <message>
            <source>no changes to send; nothing written (--all exports every change)</source>
            <translation>لا تغييرات للإرسال؛ لم يُكتب شيء (يصدِّر ‎--all جميع التغييرات)</translation>
        </message>
        <message>
            <source>%s was applied before; nothing changed</source>
            <translation>سبق تطبيق %s؛ لم يتغير شيء</translation>
        </message>
        <message>
            <source>which folder? give it once: `fieldguide sync folder DIR`</source>
            <translation>أي مجلد؟ حدِّده مرة واحدة: ‎`fieldguide sync folder DIR`</translation>
        </message>
        <message>
            <source>will retry next time</source>
            <translation>ستُعاد المحاولة في المرة القادمة</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>تم التخطي</translation>
        </message>
        <message>
            <source>last folder: %s</source>
            <translation>آخر مجلد: %s</translation>
        </message>
        <message>
            <source>teammates' devices heard from:</source>
            <translation>أجهزة أعضاء الفريق التي وردت منها تغييرات:</translation>
        </message>
        <message>
            <source>last applied</source>
            <translation>آخر تطبيق</translation>
        </message>
        <message>
            <source>no open conflicts</source>
            <translation>لا توجد حالات تعارض مفتوحة</translation>
        </message>
        <message>
            <source>mine</source>
            <translation>نسختي</translation>
        </message>
        <message>
            <source>theirs</source>
            <translation>النسخة الأخرى</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>محذوف</translation>
        </message>
        <message>
            <source>kept and edited</source>
            <translation>محفوظ ومعدَّل</translation>
        </message>
        <message>
            <source>both versions</source>
            <translation>النسختان</translation>
        </message>
        <message>
            <source>kept %s in %s.%s; the conflict is closed</source>
            <translation>أُبقي على %s في %s.%s؛ وأُغلقت حالة التعارض</translation>
        </message>
        <message>
            <source>this backup was made under another passphrase: give that passphrase to restore it</source>
            <translation>أُنشئت هذه النسخة الاحتياطية بعبارة مرور أخرى: قدِّم تلك العبارة لاستعادتها</translation>
        </message>
        <message>
            <source>no backup at %s</source>
            <translation>لا توجد نسخة احتياطية في %s</translation>
        </message>
        <message>
            <source>folder not found: %s</source>
            <translation>المجلد غير موجود: %s</translation>
        </message>
        <message>
            <source>%s is not a Field Guide backup (or it is encrypted and its key file %s is missing)</source>
            <translation>%s ليست نسخة احتياطية من Field Guide (أو أنها مشفرة وملف مفتاحها %s مفقود)</translation>
        </message>
        <message>
            <source>%s is encrypted but its key file (%s) is missing</source>
            <translation>%s مشفرة لكن ملف مفتاحها (%s) مفقود</translation>
        </message>
        <message>
            <source>the passphrase does not open %s</source>
            <translation>عبارة المرور لا تفتح %s</translation>
        </message>
        <message>
            <source>%s is not a Field Guide profile</source>
            <translation>%s ليس ملفاً شخصياً لـField Guide</translation>
        </message>
        <message>
            <source>%s was made by a newer version of Field Guide: update the program first</source>
            <translation>أُنشئ %s بإصدار أحدث من Field Guide: حدِّث البرنامج أولاً</translation>
        </message>
        <message>
            <source>wrong passphrase: it does not open this profile</source>
            <translation>عبارة مرور خاطئة: لا تفتح هذا الملف الشخصي</translation>
        </message>
        <message>
            <source>the profile is locked: unlock it to continue</source>
            <translation>الملف الشخصي مقفل: افتح قفله للمتابعة</translation>
        </message>
        <message>
            <source>cannot read %s: %s</source>
            <translation>تعذّرت قراءة %s: %s</translation>
        </message>
        <message>
            <source>no member of the team is called %r</source>
            <translation>لا يوجد عضو في الفريق باسم %r</translation>
        </message>
        <message>
            <source>%s is a folder; give a file name</source>
            <translation>%s مجلد؛ اذكر اسم ملف</translation>
        </message>
        <message>
            <source>%s is not a shared assessment; nothing was imported</source>
            <translation>%s ليس تقييمًا مشتركًا؛ لم يُستورد شيء</translation>
        </message>
        <message>
            <source>%s was shared with another device: it cannot be opened here; nothing was imported</source>
            <translation>شُورك %s مع جهاز آخر: لا يمكن فتحه هنا؛ لم يُستورد شيء</translation>
        </message>
        <message>
            <source>%s is damaged or altered; nothing was imported</source>
            <translation>%s تالف أو معدَّل؛ لم يُستورد شيء</translation>
        </message>
        <message>
            <source>%(file)s uses checklists this library does not have (%(ids)s): install them first; nothing was imported</source>
            <translation>يستخدم %(file)s قوائم تحقق غير موجودة في هذه المكتبة (%(ids)s): ثبّتها أولًا؛ لم يُستورد شيء</translation>
        </message>
        <message>
            <source>no assessment has the id %r</source>
            <translation>لا يوجد تقييم بالمعرّف %r</translation>
        </message>
        <message>
            <source>%s was made by a newer version of Field Guide; update to open it</source>
            <translation>أُنشئ %s بإصدار أحدث من Field Guide؛ حدّث البرنامج لفتحه</translation>
        </message>
        <message>
            <source>the report's language: its headings and labels, and the guidance text where a translation is installed (default: yours)</source>
            <translation>لغة التقرير: عناوينه وتسمياته، ونص الإرشادات حيث تكون ترجمة مثبتة (الافتراضي: لغتك)</translation>
        </message>
        <message>
            <source>sync through the organisation's hub (connect once with URL --enrol CODE)</source>
            <translation>المزامنة عبر خادم المنظمة (اتصل مرة واحدة بـ URL --enrol CODE)</translation>
        </message>
        <message>
            <source>the hub's address, e.g. https://hub.example.org</source>
            <translation>عنوان الخادم، مثلًا https://hub.example.org</translation>
        </message>
        <message>
            <source>the one-time enrolment code a teammate or IT gave you (- to read it from standard input)</source>
            <translation>رمز التسجيل لمرة واحدة الذي أعطاك إياه زميل أو قسم المعلوماتية (- لقراءته من الدخل القياسي)</translation>
        </message>
        <message>
            <source>the team's id on the hub, when IT gave you one</source>
            <translation>معرّف الفريق على الخادم، إن أعطاك قسم المعلوماتية واحدًا</translation>
        </message>
        <message>
            <source>make a one-time code for a teammate's device</source>
            <translation>إنشاء رمز لمرة واحدة لجهاز زميل</translation>
        </message>
        <message>
            <source>stop syncing with the hub on this device</source>
            <translation>إيقاف مزامنة هذا الجهاز مع الخادم</translation>
        </message>
        <message>
            <source>stop when the hub has not answered for this long (default: 180)</source>
            <translation>التوقف إذا لم يُجب الخادم طوال هذه المدة (الافتراضي: 180)</translation>
        </message>
        <message>
            <source>--give-up-after takes a number of seconds above 0</source>
            <translation>يأخذ ‎--give-up-after عددًا من الثواني أكبر من 0</translation>
        </message>
        <message>
            <source>a hub address is given with the enrolment code: URL --enrol CODE</source>
            <translation>يُعطى عنوان الخادم مع رمز التسجيل: URL --enrol CODE</translation>
        </message>
        <message>
            <source>--enrol needs the hub's address: URL --enrol CODE</source>
            <translation>يحتاج ‎--enrol إلى عنوان الخادم: URL --enrol CODE</translation>
        </message>
        <message>
            <source>give one of --enrol, --new-code and --forget</source>
            <translation>أعطِ خيارًا واحدًا من ‎--enrol و‎--new-code و‎--forget</translation>
        </message>
        <message>
            <source>this device no longer syncs with the hub</source>
            <translation>لم يعد هذا الجهاز يتزامن مع الخادم</translation>
        </message>
        <message>
            <source>no hub was set up</source>
            <translation>لم يكن هناك خادم مُعدّ</translation>
        </message>
        <message>
            <source>enrolment code for a teammate's device: %(code)s (works once, until %(expires)s)</source>
            <translation>رمز تسجيل لجهاز زميل: %(code)s (صالح لمرة واحدة، حتى %(expires)s)</translation>
        </message>
        <message>
            <source>this device is enrolled with the hub at %s; syncing now</source>
            <translation>سُجِّل هذا الجهاز لدى الخادم %s؛ تجري المزامنة الآن</translation>
        </message>
        <message>
            <source>the text in this language where a translation is installed (fr: the French edition)</source>
            <translation>النص بهذه اللغة حيث تكون ترجمة مثبتة (fr: الطبعة الفرنسية)</translation>
        </message>
        <message>
            <source>remove a text for good, here and on every teammate's device</source>
            <translation>حذف نص نهائيًا، هنا وعلى جهاز كل عضو في الفريق</translation>
        </message>
        <message>
            <source>a note on a section, an item or an assessment (its id)</source>
            <translation>ملاحظة على قسم أو بند أو تقييم (معرّفها)</translation>
        </message>
        <message>
            <source>the note of an item's answer (assessment id, then item id)</source>
            <translation>ملاحظة الإجابة عن بند (معرّف التقييم ثم معرّف البند)</translation>
        </message>
        <message>
            <source>the evidence of an item's answer (assessment id, then item id)</source>
            <translation>أدلة الإجابة عن بند (معرّف التقييم ثم معرّف البند)</translation>
        </message>
        <message>
            <source>a follow-up action's text (its id)</source>
            <translation>نص إجراء متابعة (معرّفه)</translation>
        </message>
        <message>
            <source>what to leave in its place (else nothing)</source>
            <translation>ما يوضع مكانه (وإلا فلا شيء)</translation>
        </message>
        <message>
            <source>do not ask for confirmation</source>
            <translation>دون طلب تأكيد</translation>
        </message>
        <message>
            <source>older backups that may still hold removed text</source>
            <translation>النسخ الاحتياطية الأقدم التي قد تحتوي بعدُ على نص محذوف</translation>
        </message>
        <message>
            <source>delete them (a fresh backup is made first)</source>
            <translation>حذفها (تُنشأ نسخة احتياطية جديدة أولًا)</translation>
        </message>
        <message>
            <source>a purge cannot be undone: add --yes to confirm it</source>
            <translation>لا يمكن التراجع عن الحذف النهائي: أضف --yes لتأكيده</translation>
        </message>
        <message>
            <source>Type "yes" to remove it for good: </source>
            <translation>اكتب "yes" لحذفه نهائيًا: </translation>
        </message>
        <message>
            <source>nothing was removed</source>
            <translation>لم يُحذف شيء</translation>
        </message>
        <message>
            <source>This removes every stored version of this text on this computer (its history, the search index, freed space in the database) and, at the next sync, on every teammate's device. Backups made before now still hold it until you delete them.
Text: %s</source>
            <translation>يحذف هذا كل النسخ المحفوظة من هذا النص على هذا الحاسوب (سجلّه وفهرس البحث والمساحة المحررة في قاعدة البيانات) وعلى جهاز كل عضو في الفريق عند المزامنة التالية. تبقى النسخ الاحتياطية المأخوذة قبل الآن محتفظة به إلى أن تحذفها.
النص: %s</translation>
        </message>
        <message>
            <source>Removed for good on this computer; teammates' devices remove it at their next sync.</source>
            <translation>حُذف نهائيًا على هذا الحاسوب؛ وتحذفه أجهزة الفريق عند مزامنتها التالية.</translation>
        </message>
        <message>
            <source>The database file is rewritten once Field Guide is closed everywhere on this computer.</source>
            <translation>سيُعاد كتابة ملف قاعدة البيانات بعد إغلاق Field Guide في كل مكان على هذا الحاسوب.</translation>
        </message>
        <message numerus="yes">
            <source>%n older backup(s) may still hold removed text: `fieldguide purge backups --delete` deletes them after making a fresh backup.</source>
            <translation>
                <numerusform>لا نسخ احتياطية أقدم قد تحتوي على نص محذوف.</numerusform>
                <numerusform>نسخة احتياطية أقدم واحدة قد تحتوي بعدُ على نص محذوف: يحذفها `fieldguide purge backups --delete` بعد إنشاء نسخة جديدة.</numerusform>
                <numerusform>نسختان احتياطيتان أقدم قد تحتويان بعدُ على نص محذوف: يحذفهما `fieldguide purge backups --delete` بعد إنشاء نسخة جديدة.</numerusform>
                <numerusform>%n نسخ احتياطية أقدم قد تحتوي بعدُ على نص محذوف: يحذفها `fieldguide purge backups --delete` بعد إنشاء نسخة جديدة.</numerusform>
                <numerusform>%n نسخة احتياطية أقدم قد تحتوي بعدُ على نص محذوف: يحذفها `fieldguide purge backups --delete` بعد إنشاء نسخة جديدة.</numerusform>
                <numerusform>%n نسخة احتياطية أقدم قد تحتوي بعدُ على نص محذوف: يحذفها `fieldguide purge backups --delete` بعد إنشاء نسخة جديدة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Deleted %n older backup(s); a fresh backup was made first.</source>
            <translation>
                <numerusform>لم تُحذف أي نسخة احتياطية أقدم.</numerusform>
                <numerusform>حُذفت نسخة احتياطية أقدم واحدة؛ وأُنشئت نسخة جديدة أولًا.</numerusform>
                <numerusform>حُذفت نسختان احتياطيتان أقدم؛ وأُنشئت نسخة جديدة أولًا.</numerusform>
                <numerusform>حُذفت %n نسخ احتياطية أقدم؛ وأُنشئت نسخة جديدة أولًا.</numerusform>
                <numerusform>حُذفت %n نسخة احتياطية أقدم؛ وأُنشئت نسخة جديدة أولًا.</numerusform>
                <numerusform>حُذفت %n نسخة احتياطية أقدم؛ وأُنشئت نسخة جديدة أولًا.</numerusform>
            </translation>
        </message>
        <message>
            <source>No backup here holds removed text.</source>
            <translation>لا توجد هنا نسخة احتياطية تحتوي على نص محذوف.</translation>
        </message>
        <message>
            <source>share one assessment with one colleague, encrypted to their device</source>
            <translation>مشاركة تقييم مع زميل، مشفّرًا لجهازه</translation>
        </message>
        <message>
            <source>write this device's public key, for colleagues to share with you</source>
            <translation>كتابة المفتاح العام لهذا الجهاز ليشارك زملاؤك معك</translation>
        </message>
        <message>
            <source>write an assessment that only one colleague's device can open</source>
            <translation>كتابة تقييم لا يفتحه إلا جهاز زميل واحد</translation>
        </message>
        <message>
            <source>the colleague's public-key file</source>
            <translation>ملف المفتاح العام للزميل</translation>
        </message>
        <message>
            <source>a member of your team, by name or key fingerprint</source>
            <translation>عضو في فريقك، باسمه أو ببصمة مفتاحه</translation>
        </message>
        <message>
            <source>import an assessment a colleague shared with this device</source>
            <translation>استيراد تقييم شاركه زميل مع هذا الجهاز</translation>
        </message>
        <message>
            <source>wrote this device's public key to %(file)s (fingerprint %(fp)s)</source>
            <translation>كُتب المفتاح العام لهذا الجهاز في %(file)s (البصمة %(fp)s)</translation>
        </message>
        <message>
            <source>wrote %(file)s: only %(name)s (fingerprint %(fp)s) can open it</source>
            <translation>كُتب %(file)s: لا يفتحه إلا %(name)s (البصمة %(fp)s)</translation>
        </message>
        <message>
            <source>the colleague's device</source>
            <translation>جهاز الزميل</translation>
        </message>
        <message>
            <source>imported %(title)s from %(name)s (fingerprint %(fp)s) as assessment %(id)s</source>
            <translation>استُورد %(title)s من %(name)s (البصمة %(fp)s) بوصفه التقييم %(id)s</translation>
        </message>
        <message>
            <source>a colleague</source>
            <translation>زميل</translation>
        </message>
        <message>
            <source>the team: its members, joining and removing</source>
            <translation>الفريق: أعضاؤه والانضمام والإزالة</translation>
        </message>
        <message>
            <source>found a team whose first member is this device</source>
            <translation>تأسيس فريق يكون هذا الجهاز أول أعضائه</translation>
        </message>
        <message>
            <source>the team's name, e.g. the mission's</source>
            <translation>اسم الفريق، مثل اسم البعثة</translation>
        </message>
        <message>
            <source>allow team keys in an unprotected profile</source>
            <translation>السماح بمفاتيح الفريق في ملف غير محمي</translation>
        </message>
        <message>
            <source>write an invitation file for a new member</source>
            <translation>كتابة ملف دعوة لعضو جديد</translation>
        </message>
        <message>
            <source>answer a member's invitation with a join request</source>
            <translation>الرد على دعوة عضو بطلب انضمام</translation>
        </message>
        <message>
            <source>add the device that wrote a join request, once its code matches</source>
            <translation>إضافة الجهاز الذي كتب طلب انضمام، بعد تطابق رمزه</translation>
        </message>
        <message>
            <source>the code the new device shows (asked for when not given)</source>
            <translation>الرمز الذي يعرضه الجهاز الجديد (يُسأل عنه إن لم يُعطَ)</translation>
        </message>
        <message>
            <source>open a member's answer: this device joins the team</source>
            <translation>فتح رد أحد الأعضاء: ينضم هذا الجهاز إلى الفريق</translation>
        </message>
        <message>
            <source>the members of the team and their verification codes</source>
            <translation>أعضاء الفريق ورموز التحقق الخاصة بهم</translation>
        </message>
        <message>
            <source>remove a member: later bundles are sealed with a new key</source>
            <translation>إزالة عضو: تُختم الحزم اللاحقة بمفتاح جديد</translation>
        </message>
        <message>
            <source>the member's name or key fingerprint</source>
            <translation>اسم العضو أو بصمة مفتاحه</translation>
        </message>
        <message>
            <source>the laptop was lost or stolen</source>
            <translation>فُقد الحاسوب أو سُرق</translation>
        </message>
        <message>
            <source>This profile is not protected by a passphrase: the team's keys would be stored unencrypted on this computer. Protect it first with `fieldguide profile protect`.</source>
            <translation>هذا الملف غير محمي بعبارة مرور: ستُحفظ مفاتيح الفريق على هذا الحاسوب دون تشفير. احمِه أولاً بالأمر `fieldguide profile protect`.</translation>
        </message>
        <message>
            <source>Keep the team keys in this unprotected profile anyway? [y/N] </source>
            <translation>هل تحتفظ مع ذلك بمفاتيح الفريق في هذا الملف غير المحمي؟ [ن/لا] </translation>
        </message>
        <message>
            <source>y</source>
            <translation>ن</translation>
        </message>
        <message>
            <source>%s is too large to be a team file</source>
            <translation>%s أكبر من أن يكون ملف فريق</translation>
        </message>
        <message>
            <source>file not found: %s</source>
            <translation>الملف غير موجود: %s</translation>
        </message>
        <message>
            <source>created team %s; this device is its first member</source>
            <translation>أُنشئ الفريق %s؛ هذا الجهاز أول أعضائه</translation>
        </message>
        <message>
            <source>to add a member: `fieldguide sync team invite -o FILE` and give them the file</source>
            <translation>لإضافة عضو: `fieldguide sync team invite -o FILE` ثم سلّمه الملف</translation>
        </message>
        <message>
            <source>wrote an invitation to %s; the new device answers it with `fieldguide sync team join`</source>
            <translation>كُتبت دعوة في %s؛ يرد عليها الجهاز الجديد بالأمر `fieldguide sync team join`</translation>
        </message>
        <message>
            <source>wrote a request to join %(team)s to %(file)s; give it to the member who invited you</source>
            <translation>كُتب طلب الانضمام إلى %(team)s في %(file)s؛ سلّمه للعضو الذي دعاك</translation>
        </message>
        <message>
            <source>verification code: %s — the member's device must show the same code</source>
            <translation>رمز التحقق: %s — يجب أن يعرض جهاز العضو الرمز نفسه</translation>
        </message>
        <message>
            <source>give the code the new device shows with --code; nothing was signed</source>
            <translation>أعطِ الرمز الذي يعرضه الجهاز الجديد مع --code؛ لم يُوقَّع شيء</translation>
        </message>
        <message>
            <source>%(name)s asks to join. Verification code: %(code)s</source>
            <translation>يطلب %(name)s الانضمام. رمز التحقق: %(code)s</translation>
        </message>
        <message>
            <source>Does the new device show exactly this code? [y/N] </source>
            <translation>هل يعرض الجهاز الجديد هذا الرمز بالضبط؟ [ن/لا] </translation>
        </message>
        <message>
            <source>the codes differ or were not confirmed; nothing was signed</source>
            <translation>الرمزان مختلفان أو لم يُؤكَّدا؛ لم يُوقَّع شيء</translation>
        </message>
        <message>
            <source>%(name)s is now a member; give them %(file)s for `fieldguide sync team accept`</source>
            <translation>أصبح %(name)s عضواً؛ سلّمه %(file)s من أجل `fieldguide sync team accept`</translation>
        </message>
        <message numerus="yes">
            <source>this device is now a member of {team} (%n member(s))</source>
            <translation>
                <numerusform>أصبح هذا الجهاز عضواً في {team} (لا أعضاء)</numerusform>
                <numerusform>أصبح هذا الجهاز عضواً في {team} (عضو واحد)</numerusform>
                <numerusform>أصبح هذا الجهاز عضواً في {team} (عضوان)</numerusform>
                <numerusform>أصبح هذا الجهاز عضواً في {team} (%n أعضاء)</numerusform>
                <numerusform>أصبح هذا الجهاز عضواً في {team} (%n عضواً)</numerusform>
                <numerusform>أصبح هذا الجهاز عضواً في {team} (%n عضو)</numerusform>
            </translation>
        </message>
        <message>
            <source>this profile is not in a team yet</source>
            <translation>هذا الملف ليس في أي فريق بعد</translation>
        </message>
        <message>
            <source>team %(team)s, key epoch %(epoch)d</source>
            <translation>الفريق %(team)s، حقبة المفتاح %(epoch)d</translation>
        </message>
        <message>
            <source>removed %(member)s; bundles are now sealed with the key of epoch %(epoch)d, which it cannot read</source>
            <translation>أُزيل %(member)s؛ تُختم الحزم الآن بمفتاح الحقبة %(epoch)d الذي لا يستطيع قراءته</translation>
        </message>
        <message numerus="yes">
            <source>%n text(s) a teammate removed for good were removed here too; older backups may still hold them: see `fieldguide purge backups`</source>
            <translation>
                <numerusform>لم يُحذف أي نص.</numerusform>
                <numerusform>حُذف هنا أيضًا نص حذفه عضو في الفريق نهائيًا؛ وقد تحتوي عليه نسخ احتياطية أقدم: انظر `fieldguide purge backups`</numerusform>
                <numerusform>حُذف هنا أيضًا نصان حذفهما عضو في الفريق نهائيًا؛ وقد تحتوي عليهما نسخ احتياطية أقدم: انظر `fieldguide purge backups`</numerusform>
                <numerusform>حُذفت هنا أيضًا %n نصوص حذفها عضو في الفريق نهائيًا؛ وقد تحتوي عليها نسخ احتياطية أقدم: انظر `fieldguide purge backups`</numerusform>
                <numerusform>حُذف هنا أيضًا %n نصًا حذفها عضو في الفريق نهائيًا؛ وقد تحتوي عليها نسخ احتياطية أقدم: انظر `fieldguide purge backups`</numerusform>
                <numerusform>حُذف هنا أيضًا %n نص حذفها عضو في الفريق نهائيًا؛ وقد تحتوي عليها نسخ احتياطية أقدم: انظر `fieldguide purge backups`</numerusform>
            </translation>
        </message>
        <message>
            <source>no deleted assessment has the id %r</source>
            <translation>لا يوجد تقييم محذوف بالمعرّف %r</translation>
        </message>
        <message>
            <source>no action has the id %r</source>
            <translation>لا يوجد إجراء بالمعرّف %r</translation>
        </message>
        <message>
            <source>no deleted action has the id %r</source>
            <translation>لا يوجد إجراء محذوف بالمعرّف %r</translation>
        </message>
        <message>
            <source>no deleted assessment has the id %r (give at least %s characters)</source>
            <translation>لا يوجد تقييم محذوف بالمعرّف %r (أدخِل %s أحرف على الأقل)</translation>
        </message>
        <message>
            <source>no action has the id %r (give at least %s characters)</source>
            <translation>لا يوجد إجراء بالمعرّف %r (أدخِل %s أحرف على الأقل)</translation>
        </message>
        <message>
            <source>no deleted action has the id %r (give at least %s characters)</source>
            <translation>لا يوجد إجراء محذوف بالمعرّف %r (أدخِل %s أحرف على الأقل)</translation>
        </message>
        <message>
            <source>no assessment has the id %r (give at least %s characters)</source>
            <translation>لا يوجد تقييم بالمعرّف %r (أدخِل %s أحرف على الأقل)</translation>
        </message>
        <message>
            <source>more than one deleted assessment id starts with %r; give more characters</source>
            <translation>يبدأ أكثر من معرِّف تقييم محذوف بـ%r؛ أدخِل مزيداً من الأحرف</translation>
        </message>
        <message>
            <source>more than one action id starts with %r; give more characters</source>
            <translation>يبدأ أكثر من معرِّف إجراء بـ%r؛ أدخِل مزيداً من الأحرف</translation>
        </message>
        <message>
            <source>more than one deleted action id starts with %r; give more characters</source>
            <translation>يبدأ أكثر من معرِّف إجراء محذوف بـ%r؛ أدخِل مزيداً من الأحرف</translation>
        </message>
        <message>
            <source>more than one assessment id starts with %r; give more characters</source>
            <translation>يبدأ أكثر من معرِّف تقييم بـ%r؛ أدخِل مزيداً من الأحرف</translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) made with another team's key — this device is not in that team, or was removed from it</source>
            <translation>
                <numerusform>لا حزمة مصنوعة بمفتاح فريق آخر</numerusform>
                <numerusform>حزمة واحدة مصنوعة بمفتاح فريق آخر — هذا الجهاز ليس في ذلك الفريق، أو أُزيل منه</numerusform>
                <numerusform>حزمتان مصنوعتان بمفتاح فريق آخر — هذا الجهاز ليس في ذلك الفريق، أو أُزيل منه</numerusform>
                <numerusform>%n حزم مصنوعة بمفتاح فريق آخر — هذا الجهاز ليس في ذلك الفريق، أو أُزيل منه</numerusform>
                <numerusform>%n حزمة مصنوعة بمفتاح فريق آخر — هذا الجهاز ليس في ذلك الفريق، أو أُزيل منه</numerusform>
                <numerusform>%n حزمة مصنوعة بمفتاح فريق آخر — هذا الجهاز ليس في ذلك الفريق، أو أُزيل منه</numerusform>
            </translation>
        </message>
        <message>
            <source>sync is not set up: `fieldguide sync team create NAME` or `fieldguide sync team join FILE`</source>
            <translation>المزامنة غير مُعدّة: `fieldguide sync team create NAME` أو `fieldguide sync team join FILE`</translation>
        </message>
        <message numerus="yes">
            <source>team {team}: %n member(s)</source>
            <translation>
                <numerusform>الفريق {team}: لا أعضاء</numerusform>
                <numerusform>الفريق {team}: عضو واحد</numerusform>
                <numerusform>الفريق {team}: عضوان</numerusform>
                <numerusform>الفريق {team}: %n أعضاء</numerusform>
                <numerusform>الفريق {team}: %n عضواً</numerusform>
                <numerusform>الفريق {team}: %n عضو</numerusform>
            </translation>
        </message>
        <message>
            <source>hub: %(url)s (last sync: %(when)s)</source>
            <translation>الخادم: %(url)s (آخر مزامنة: %(when)s)</translation>
        </message>
        <message>
            <source>never</source>
            <translation>أبدًا</translation>
        </message>
        <message>
            <source>the disk is full: nothing was saved from this change; free some space and try again</source>
            <translation>القرص ممتلئ: لم يُحفظ شيء من هذا التغيير؛ أفرِغ بعض المساحة وأعِد المحاولة</translation>
        </message>
        <message>
            <source>the data folder</source>
            <translation>مجلد البيانات</translation>
        </message>
        <message>
            <source>%s cannot be written (a read-only disk, or no permission): nothing was saved</source>
            <translation>تتعذّر الكتابة في %s (قرص للقراءة فقط أو عدم وجود إذن): لم يُحفظ شيء</translation>
        </message>
        <message>
            <source>%s is not a Field Guide database, or it is damaged</source>
            <translation>%s ليست قاعدة بيانات Field Guide، أو أنها تالفة</translation>
        </message>
        <message>
            <source>the profile is in use by another Field Guide window or command: close it and try again</source>
            <translation>الملف الشخصي قيد الاستخدام في نافذة أو أمر آخر من Field Guide: أغلقه وأعِد المحاولة</translation>
        </message>
        <message>
            <source>guidance sections</source>
            <translation>أقسام الإرشادات</translation>
        </message>
        <message>
            <source>checklist items</source>
            <translation>بنود القوائم المرجعية</translation>
        </message>
        <message>
            <source>notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>answers</source>
            <translation>الإجابات</translation>
        </message>
        <message>
            <source>the database file is damaged (%d problems found, the first: %s); restore the most recent backup with `fieldguide restore FILE` (the damaged file is kept as a backup)</source>
            <translation>ملف قاعدة البيانات تالف (المشكلات المكتشفة: %d، وأولاها: %s)؛ استعِد أحدث نسخة احتياطية باستخدام ‎`fieldguide restore FILE` (يُحتفظ بالملف التالف كنسخة احتياطية)</translation>
        </message>
        <message>
            <source>%d rows in %s refer to rows that no longer exist</source>
            <translation>عدد الصفوف التي تشير إلى صفوف لم تعد موجودة: %d (في %s)</translation>
        </message>
        <message>
            <source>repair it with `fieldguide check --repair` (it rebuilds the index from your data)</source>
            <translation>أصلِحه باستخدام ‎`fieldguide check --repair` (يُعاد بناء الفهرس من بياناتك)</translation>
        </message>
        <message>
            <source>the search index is missing; %s</source>
            <translation>فهرس البحث مفقود؛ %s</translation>
        </message>
        <message>
            <source>the search index is damaged: search may miss things or show wrong results; %s</source>
            <translation>فهرس البحث تالف: قد يُغفل البحث أشياء أو يعرض نتائج خاطئة؛ %s</translation>
        </message>
        <message>
            <source>%d %s cannot be found by search; %s</source>
            <translation>لا يمكن العثور بالبحث على %d من %s؛ %s</translation>
        </message>
        <message>
            <source>the search index still lists %d %s that were deleted or changed; %s</source>
            <translation>لا يزال فهرس البحث يُدرج %d من %s حُذفت أو عُدِّلت؛ %s</translation>
        </message>
        <message>
            <source>the search index holds %d entries that belong to nothing; %s</source>
            <translation>يحتوي فهرس البحث على مدخلات لا تنتمي إلى شيء: %d؛ %s</translation>
        </message>
        <message>
            <source>search no longer follows changes to the library and notes; %s</source>
            <translation>لم يعد البحث يواكب التغييرات في المكتبة والملاحظات؛ %s</translation>
        </message>
        <message>
            <source>the search index cannot be read (%s); repair it with `fieldguide check --repair`</source>
            <translation>تتعذّر قراءة فهرس البحث (%s)؛ أصلِحه باستخدام ‎`fieldguide check --repair`</translation>
        </message>
        <message>
            <source>cannot attach this to a %r (only: %s)</source>
            <translation>لا يمكن ربط هذا بعنصر من نوع %r (الأنواع المسموح بها: %s)</translation>
        </message>
        <message>
            <source>no section has the id %r</source>
            <translation>لا يوجد قسم بالمعرِّف %r</translation>
        </message>
        <message>
            <source>Writing the bundle…</source>
            <translation>جارٍ كتابة الحزمة…</translation>
        </message>
        <message>
            <source>Applying the bundle…</source>
            <translation>جارٍ تطبيق الحزمة…</translation>
        </message>
        <message>
            <source>Indexing what was received for search…</source>
            <translation>جارٍ فهرسة ما استُلم للبحث…</translation>
        </message>
        <message>
            <source>no checklist item has the id %r</source>
            <translation>لا يوجد بند قائمة مرجعية بالمعرِّف %r</translation>
        </message>
        <message>
            <source>nothing in the library has the id %r (see `fieldguide library`)</source>
            <translation>لا يوجد في المكتبة شيء بالمعرِّف %r (انظر ‎`fieldguide library`)</translation>
        </message>
        <message>
            <source>“%s” is empty; check that you picked the right file.</source>
            <translation>«%s» فارغ؛ تحقَّق من أنك اخترت الملف الصحيح.</translation>
        </message>
        <message>
            <source>“%s” is too deeply nested to read; save a simpler copy and import that.</source>
            <translation>بنية «%s» متداخلة إلى حد يتعذّر معه قراءته؛ احفظ نسخة أبسط منه واستوردها.</translation>
        </message>
        <message>
            <source>“%s” is too large to import on this computer.</source>
            <translation>«%s» أكبر من أن يُستورد على هذا الحاسوب.</translation>
        </message>
        <message>
            <source>“%s” could not be imported (%s); it may be damaged. Save a new copy from the application that made it and try again.</source>
            <translation>تعذّر استيراد «%s» (%s)؛ ربما يكون تالفاً. احفظ نسخة جديدة منه من التطبيق الذي أنشأه وأعِد المحاولة.</translation>
        </message>
        <message>
            <source>“%s” is %s, which cannot be imported%s; use a PDF, Word (.docx), Markdown (.md) or plain-text (.txt) file.</source>
            <translation>«%s» من نوع %s، ولا يمكن استيراده%s؛ استخدم ملف PDF أو Word ‏(‎.docx) أو Markdown ‏(‎.md) أو نصاً عادياً (‎.txt).</translation>
        </message>
        <message>
            <source>“%s” is too large to import (over 200 MB).</source>
            <translation>«%s» أكبر من أن يُستورد (يتجاوز 200 ميغابايت).</translation>
        </message>
        <message>
            <source>“%s” was not found; check that the file still exists.</source>
            <translation>لم يُعثر على «%s»؛ تحقَّق من أن الملف لا يزال موجوداً.</translation>
        </message>
        <message>
            <source>“%s” is a folder; pick a file inside it instead.</source>
            <translation>«%s» مجلد؛ اختر بدلاً منه ملفاً بداخله.</translation>
        </message>
        <message>
            <source>“%s” cannot be opened: permission denied. Copy it somewhere you can read and try again.</source>
            <translation>يتعذّر فتح «%s»: الإذن مرفوض. انسخه إلى مكان يمكنك القراءة منه وأعِد المحاولة.</translation>
        </message>
        <message>
            <source>“%s” cannot be read (%s).</source>
            <translation>تتعذّر قراءة «%s» (%s).</translation>
        </message>
        <message>
            <source>“%s” does not contain readable text (it looks like a binary file); import the original PDF or Word file instead.</source>
            <translation>لا يحتوي «%s» على نص مقروء (يبدو أنه ملف ثنائي)؛ استورد بدلاً منه ملف PDF أو Word الأصلي.</translation>
        </message>
        <message>
            <source>“%s” could not be read as a Word document; it may be damaged or in an older format. Open it in Word or LibreOffice, save it as .docx and import that.</source>
            <translation>تعذّرت قراءة «%s» كمستند Word؛ ربما يكون تالفاً أو بصيغة قديمة. افتحه في Word أو LibreOffice واحفظه بصيغة ‎.docx ثم استورده.</translation>
        </message>
        <message>
            <source>“%s” could not be read as a Word document; it may be damaged. Open it in Word or LibreOffice, save a new copy and import that.</source>
            <translation>تعذّرت قراءة «%s» كمستند Word؛ ربما يكون تالفاً. افتحه في Word أو LibreOffice واحفظ نسخة جديدة منه ثم استوردها.</translation>
        </message>
        <message>
            <source>“%s” contains no text; check that you picked the right file.</source>
            <translation>لا يحتوي «%s» على أي نص؛ تحقَّق من أنك اخترت الملف الصحيح.</translation>
        </message>
        <message>
            <source>“%s” is not a PDF file even though its name ends in .pdf; check that you picked the right file.</source>
            <translation>«%s» ليس ملف PDF رغم أن اسمه ينتهي بـ‎.pdf؛ تحقَّق من أنك اخترت الملف الصحيح.</translation>
        </message>
        <message>
            <source>“%s” has no pages; it may be damaged or incomplete.</source>
            <translation>لا يحتوي «%s» على أي صفحة؛ ربما يكون تالفاً أو ناقصاً.</translation>
        </message>
        <message>
            <source>“%s” has no text layer (it is probably a scan); run it through OCR first (text recognition in your scanner or PDF software) and import the result.</source>
            <translation>لا توجد طبقة نصية في «%s» (ربما يكون صورة ممسوحة ضوئياً)؛ عالِجه أولاً ببرنامج للتعرف الضوئي على الحروف (في الماسح الضوئي أو برنامج PDF لديك) ثم استورد النتيجة.</translation>
        </message>
        <message>
            <source>“%s” has a damaged text layer (its letters come out garbled); export it again from the application that made it, or run it through OCR, and import the result.</source>
            <translation>الطبقة النصية في «%s» تالفة (تظهر حروفها مشوهة)؛ صدِّره من جديد من التطبيق الذي أنشأه، أو عالِجه ببرنامج للتعرف الضوئي على الحروف، ثم استورد النتيجة.</translation>
        </message>
        <message>
            <source>“%s” contains no readable text; check that you picked the right file.</source>
            <translation>لا يحتوي «%s» على أي نص مقروء؛ تحقَّق من أنك اخترت الملف الصحيح.</translation>
        </message>
        <message>
            <source>unknown kind %r; use one of %s</source>
            <translation>نوع غير معروف %r؛ استخدم أحد الأنواع %s</translation>
        </message>
        <message>
            <source>%s comes from a content pack: only an imported checklist's kinds can change</source>
            <translation>%s من حزمة محتوى: لا يمكن تغيير الأنواع إلا في قائمة مستوردة</translation>
        </message>
        <message>
            <source>%s: no such file</source>
            <translation>%s: الملف غير موجود</translation>
        </message>
        <message>
            <source>%s: is a folder; give the document's file</source>
            <translation>%s: هذا مجلد؛ حدِّد ملف الوثيقة</translation>
        </message>
        <message>
            <source>%s: cannot be read (%s)</source>
            <translation>%s: تتعذّر قراءته (%s)</translation>
        </message>
        <message>
            <source>%s: no imported document has this id; see `fieldguide library list` for the ids of imported documents</source>
            <translation>%s: لا توجد وثيقة مستوردة بهذا المعرِّف؛ انظر ‎`fieldguide library list` للاطلاع على معرِّفات الوثائق المستوردة</translation>
        </message>
        <message>
            <source>pack %r from %r is not signed, so nothing shows who made it; nothing was changed (install it only if you trust where it came from: --allow-unsigned)</source>
            <translation>الحزمة %r من %r غير موقّعة، فلا شيء يثبت من أعدّها؛ لم يتغير شيء (لا تثبّتها إلا إذا كنت تثق بمصدرها: --allow-unsigned)</translation>
        </message>
        <message>
            <source>pack %r is signed by %r (key %s), a publisher you have not trusted; nothing was changed (--trust-publisher to trust it)</source>
            <translation>الحزمة %r موقّعة من %r (المفتاح %s)، وهو ناشر لم تمنحه ثقتك؛ لم يتغير شيء (--trust-publisher لمنحه الثقة)</translation>
        </message>
        <message>
            <source>%s already exists; a signing key is never overwritten</source>
            <translation>%s موجود بالفعل؛ لا يُكتب أبداً فوق مفتاح توقيع</translation>
        </message>
        <message>
            <source>%s: cannot read the signing key (%s)</source>
            <translation>%s: تتعذّر قراءة مفتاح التوقيع (%s)</translation>
        </message>
        <message>
            <source>%s: not an unencrypted Ed25519 private key in PEM form</source>
            <translation>%s: ليس مفتاحاً خاصاً من نوع Ed25519 غير مشفر بصيغة PEM</translation>
        </message>
        <message>
            <source>%s: not an Ed25519 key</source>
            <translation>%s: ليس مفتاحاً من نوع Ed25519</translation>
        </message>
        <message>
            <source>%s is damaged or not an Ed25519 signature; nothing was changed</source>
            <translation>%s تالف أو ليس توقيعاً من نوع Ed25519؛ لم يُغيَّر شيء</translation>
        </message>
        <message>
            <source>the signature does not match pack.json: the pack was altered after it was signed; nothing was changed</source>
            <translation>التوقيع لا يطابق pack.json: عُدِّلت الحزمة بعد توقيعها؛ لم يُغيَّر شيء</translation>
        </message>
        <message>
            <source>%s translates the pack %r, which is not installed; nothing was changed</source>
            <translation>%s ترجمة للحزمة %r غير المثبّتة؛ لم يتغير شيء</translation>
        </message>
        <message>
            <source>%s must name a language other than that of %r (%s)</source>
            <translation>يجب أن تحدد %s لغة غير لغة %r (%s)</translation>
        </message>
        <message>
            <source>the translation names %s %r, which %r does not hold; nothing was changed</source>
            <translation>تذكر الترجمة %s %r، وهو غير موجود في %r؛ لم يتغير شيء</translation>
        </message>
        <message>
            <source>Mediation</source>
            <translation>الوساطة</translation>
        </message>
        <message>
            <source>Constitutional assistance</source>
            <translation>المساعدة في المجال الدستوري</translation>
        </message>
        <message>
            <source>Security sector reform</source>
            <translation>إصلاح قطاع الأمن</translation>
        </message>
        <message>
            <source>Community engagement</source>
            <translation>إشراك المجتمعات المحلية</translation>
        </message>
        <message>
            <source>Gender and inclusion</source>
            <translation>المساواة بين الجنسين والشمول</translation>
        </message>
        <message>
            <source>UNCLASSIFIED</source>
            <translation>غير سري</translation>
        </message>
        <message>
            <source>CONFIDENTIAL</source>
            <translation>سري</translation>
        </message>
        <message>
            <source>STRICTLY CONFIDENTIAL</source>
            <translation>سري للغاية</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>منخفضة</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>متوسطة</translation>
        </message>
        <message>
            <source>High</source>
            <translation>عالية</translation>
        </message>
        <message>
            <source>Met</source>
            <translation>مستوفى</translation>
        </message>
        <message>
            <source>Partly met</source>
            <translation>مستوفى جزئياً</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>غير مستوفى</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>لا ينطبق</translation>
        </message>
        <message>
            <source>Answered</source>
            <translation>أُجيب عنه</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>مُنجز</translation>
        </message>
        <message>
            <source>Under way</source>
            <translation>قيد التنفيذ</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>لم يبدأ</translation>
        </message>
        <message>
            <source>Applied</source>
            <translation>مُطبَّق</translation>
        </message>
        <message>
            <source>Not applied</source>
            <translation>غير مُطبَّق</translation>
        </message>
        <message>
            <source>Not relevant</source>
            <translation>غير ذي صلة</translation>
        </message>
        <message>
            <source>Not assessed</source>
            <translation>لم يُقيَّم</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>معيار</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>سؤال</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>خطوة</translation>
        </message>
        <message>
            <source>Tip</source>
            <translation>نصيحة</translation>
        </message>
        <message>
            <source>Field Guide synthesis, drawing on</source>
            <translation>خلاصة من إعداد Field Guide، استناداً إلى</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>ليس بعد</translation>
        </message>
        <message>
            <source>%s, %s UTC</source>
            <translation>%s، الساعة %s بالتوقيت العالمي المنسق</translation>
        </message>
        <message>
            <source>%s, %s</source>
            <comment>a date and a time</comment>
            <translation>%s، الساعة %s</translation>
        </message>
        <message>
            <source>From %s</source>
            <translation>اعتباراً من %s</translation>
        </message>
        <message>
            <source>Until %s</source>
            <translation>حتى %s</translation>
        </message>
        <message>
            <source>Assessment report — %s</source>
            <translation>تقرير التقييم — %s</translation>
        </message>
        <message>
            <source>Assessment report</source>
            <translation>تقرير التقييم</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>مشروع</translation>
        </message>
        <message>
            <source>Final</source>
            <translation>نهائي</translation>
        </message>
        <message>
            <source>An item no longer in the library</source>
            <translation>بند لم يعد موجوداً في المكتبة</translation>
        </message>
        <message>
            <source>Confidence: %s</source>
            <translation>درجة الثقة: %s</translation>
        </message>
        <message>
            <source>Recorded earlier as “%s”</source>
            <translation>سُجِّل سابقاً بوصفه «%s»</translation>
        </message>
        <message>
            <source>Retired from the checklist</source>
            <translation>مسحوب من القائمة المرجعية</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>%s: %s — %s</source>
            <translation>%s: %s — %s</translation>
        </message>
        <message>
            <source>stopped before it ended; nothing was changed</source>
            <translation>توقف قبل أن ينتهي؛ لم يتغير شيء</translation>
        </message>
        <message>
            <source>the team roster stored in this profile is damaged</source>
            <translation>قائمة الفريق المحفوظة في هذا الملف تالفة</translation>
        </message>
        <message>
            <source>this profile is not protected by a passphrase, so team keys would be stored unencrypted: protect it first (`fieldguide profile protect`), or give --unprotected</source>
            <translation>هذا الملف غير محمي بعبارة مرور، لذا ستُحفظ مفاتيح الفريق دون تشفير: احمِه أولاً (`fieldguide profile protect`)، أو أعطِ --unprotected</translation>
        </message>
        <message>
            <source>name this device first: `fieldguide sync name "Amina's laptop"`</source>
            <translation>سمِّ هذا الجهاز أولاً: `fieldguide sync name "حاسوب أمينة"`</translation>
        </message>
        <message>
            <source>this profile is already in a team</source>
            <translation>هذا الملف في فريق بالفعل</translation>
        </message>
        <message>
            <source>this device is no longer a member of the team</source>
            <translation>لم يعد هذا الجهاز عضواً في الفريق</translation>
        </message>
        <message>
            <source>this profile is not in a team yet: create one, or ask a member for an invitation</source>
            <translation>هذا الملف ليس في أي فريق بعد: أنشئ فريقاً، أو اطلب دعوة من أحد الأعضاء</translation>
        </message>
        <message>
            <source>this is not a Field Guide team invitation</source>
            <translation>هذه ليست دعوة فريق من Field Guide</translation>
        </message>
        <message>
            <source>the team invitation is damaged</source>
            <translation>دعوة الفريق تالفة</translation>
        </message>
        <message>
            <source>this is not a Field Guide join request</source>
            <translation>هذا ليس طلب انضمام من Field Guide</translation>
        </message>
        <message>
            <source>the join request is damaged</source>
            <translation>طلب الانضمام تالف</translation>
        </message>
        <message>
            <source>the join request is for another team</source>
            <translation>طلب الانضمام لفريق آخر</translation>
        </message>
        <message>
            <source>the join request does not say the device's name</source>
            <translation>طلب الانضمام لا يذكر اسم الجهاز</translation>
        </message>
        <message>
            <source>the code does not match: the request may not come from that device; nothing was signed</source>
            <translation>الرمز غير مطابق: قد لا يكون الطلب من ذلك الجهاز؛ لم يُوقَّع شيء</translation>
        </message>
        <message>
            <source>%s is already a member of the team</source>
            <translation>%s عضو في الفريق بالفعل</translation>
        </message>
        <message>
            <source>this is not a Field Guide answer to a join request</source>
            <translation>هذا ليس رداً من Field Guide على طلب انضمام</translation>
        </message>
        <message>
            <source>this device has not asked to join a team: open an invitation first</source>
            <translation>لم يطلب هذا الجهاز الانضمام إلى فريق: افتح دعوة أولاً</translation>
        </message>
        <message>
            <source>the answer is for another team than the invitation</source>
            <translation>الرد لفريق غير فريق الدعوة</translation>
        </message>
        <message>
            <source>the answer is damaged (%s)</source>
            <translation>الرد تالف (%s)</translation>
        </message>
        <message>
            <source>the answer was not signed by the member who invited this device</source>
            <translation>الرد غير موقّع من العضو الذي دعا هذا الجهاز</translation>
        </message>
        <message>
            <source>the answer does not admit this device</source>
            <translation>الرد لا يقبل هذا الجهاز</translation>
        </message>
        <message>
            <source>the answer's team keys are not for this device</source>
            <translation>مفاتيح الفريق في الرد ليست لهذا الجهاز</translation>
        </message>
        <message>
            <source>the answer does not hold the team's current key</source>
            <translation>الرد لا يحوي مفتاح الفريق الحالي</translation>
        </message>
        <message>
            <source>the answer is damaged (device ids)</source>
            <translation>الرد تالف (معرّفات الأجهزة)</translation>
        </message>
        <message>
            <source>no member of the team has the key %s</source>
            <translation>لا يملك أي عضو في الفريق المفتاح %s</translation>
        </message>
        <message>
            <source>this device cannot remove itself; ask another member</source>
            <translation>لا يستطيع هذا الجهاز إزالة نفسه؛ اطلب ذلك من عضو آخر</translation>
        </message>
        <message>
            <source>no member of the team is called %r (see `fieldguide sync team show`)</source>
            <translation>لا يوجد عضو في الفريق باسم %r (انظر `fieldguide sync team show`)</translation>
        </message>
        <message>
            <source>several members match %r; give the key's fingerprint</source>
            <translation>أكثر من عضو يطابق %r؛ أعطِ بصمة المفتاح</translation>
        </message>
        <message>
            <source>%s: %s</source>
            <translation>%s: %s</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>الإجراء</translation>
        </message>
        <message>
            <source>Related item</source>
            <translation>البند ذو الصلة</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>المسؤول</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>الموعد النهائي</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>a follow-up action</comment>
            <translation>منجز</translation>
        </message>
        <message>
            <source>Open</source>
            <comment>a follow-up action not yet done</comment>
            <translation>قيد التنفيذ</translation>
        </message>
        <message numerus="yes">
            <source>%n checklist(s)</source>
            <translation>
                <numerusform>لا قوائم مرجعية</numerusform>
                <numerusform>قائمة مرجعية واحدة</numerusform>
                <numerusform>قائمتان مرجعيتان</numerusform>
                <numerusform>%n قوائم مرجعية</numerusform>
                <numerusform>%n قائمة مرجعية</numerusform>
                <numerusform>%n قائمة مرجعية</numerusform>
            </translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>درجة السرية</translation>
        </message>
        <message>
            <source>%s, %s</source>
            <translation>%s، %s</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>البلد</translation>
        </message>
        <message>
            <source>Mission</source>
            <translation>البعثة</translation>
        </message>
        <message>
            <source>Assessment period</source>
            <translation>فترة التقييم</translation>
        </message>
        <message>
            <source>Assessors</source>
            <translation>المقيِّمون</translation>
        </message>
        <message>
            <source>, </source>
            <translation>، </translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>تاريخ التصدير</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>النطاق</translation>
        </message>
        <message>
            <source>%s%%</source>
            <translation>%s%%</translation>
        </message>
        <message>
            <source>This report covers %s in %s.</source>
            <translation>يتناول هذا التقرير %s موزعة على %s.</translation>
        </message>
        <message numerus="yes">
            <source>%n of them has been assessed (%s).</source>
            <translation>
                <numerusform>لم يُقيَّم أي منها بعد (%s).</numerusform>
                <numerusform>قُيِّم بند واحد منها (%s).</numerusform>
                <numerusform>قُيِّم بندان منها (%s).</numerusform>
                <numerusform>قُيِّمت %n بنود منها (%s).</numerusform>
                <numerusform>قُيِّم %n بنداً منها (%s).</numerusform>
                <numerusform>قُيِّم %n بند منها (%s).</numerusform>
            </translation>
        </message>
        <message>
            <source>%s %s</source>
            <translation>%s %s</translation>
        </message>
        <message numerus="yes">
            <source>%n criterion</source>
            <translation>
                <numerusform>لا معايير</numerusform>
                <numerusform>معيار واحد</numerusform>
                <numerusform>معياران</numerusform>
                <numerusform>%n معايير</numerusform>
                <numerusform>%n معياراً</numerusform>
                <numerusform>%n معيار</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n question</source>
            <translation>
                <numerusform>لا أسئلة</numerusform>
                <numerusform>سؤال واحد</numerusform>
                <numerusform>سؤالان</numerusform>
                <numerusform>%n أسئلة</numerusform>
                <numerusform>%n سؤالاً</numerusform>
                <numerusform>%n سؤال</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n step</source>
            <translation>
                <numerusform>لا خطوات</numerusform>
                <numerusform>خطوة واحدة</numerusform>
                <numerusform>خطوتان</numerusform>
                <numerusform>%n خطوات</numerusform>
                <numerusform>%n خطوة</numerusform>
                <numerusform>%n خطوة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n tip</source>
            <translation>
                <numerusform>لا نصائح</numerusform>
                <numerusform>نصيحة واحدة</numerusform>
                <numerusform>نصيحتان</numerusform>
                <numerusform>%n نصائح</numerusform>
                <numerusform>%n نصيحة</numerusform>
                <numerusform>%n نصيحة</numerusform>
            </translation>
        </message>
        <message>
            <source>%s — %s.</source>
            <translation>%s — %s.</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>القائمة المرجعية</translation>
        </message>
        <message>
            <source>Items</source>
            <translation>البنود</translation>
        </message>
        <message>
            <source>Assessed</source>
            <translation>قُيِّمت</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>النسبة</translation>
        </message>
        <message>
            <source>Not yet assessed</source>
            <translation>لم تُقيَّم بعد</translation>
        </message>
        <message>
            <source>Exported %s</source>
            <translation>صُدِّر في %s</translation>
        </message>
        <message>
            <source>Page %s of %s</source>
            <translation>الصفحة %s من %s</translation>
        </message>
        <message>
            <source>Untitled assessment</source>
            <translation>تقييم بلا عنوان</translation>
        </message>
        <message>
            <source>Shareable summary: the advisers' notes and evidence are left out of this version.</source>
            <translation>ملخص قابل للتداول: لا تتضمن هذه النسخة ملاحظات المستشارين ولا الأدلة التي جمعوها.</translation>
        </message>
        <message>
            <source>Items not yet assessed are left out.</source>
            <translation>أُغفلت البنود التي لم تُقيَّم بعد.</translation>
        </message>
        <message>
            <source>Executive summary</source>
            <translation>موجز تنفيذي</translation>
        </message>
        <message>
            <source>By checklist</source>
            <translation>حسب القائمة المرجعية</translation>
        </message>
        <message>
            <source>Assessment summary</source>
            <translation>ملخص التقييم</translation>
        </message>
        <message>
            <source>Follow-up actions</source>
            <translation>إجراءات المتابعة</translation>
        </message>
        <message>
            <source>No follow-up actions were recorded.</source>
            <translation>لم يُسجَّل أي إجراء متابعة.</translation>
        </message>
        <message>
            <source>No items in this checklist.</source>
            <translation>لا تحتوي هذه القائمة المرجعية على أي بند.</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>الإجابة</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Exported from Field Guide</source>
            <translation>صُدِّر من Field Guide</translation>
        </message>
        <message>
            <source>too many wrong passphrases: try again in %d seconds</source>
            <translation>عبارات مرور خاطئة كثيرة جداً: أعِد المحاولة بعد %d ث</translation>
        </message>
        <message>
            <source>%s does not open with this passphrase (or it is not a Field Guide database)</source>
            <translation>لا يُفتح %s بعبارة المرور هذه (أو أنه ليس قاعدة بيانات Field Guide)</translation>
        </message>
        <message>
            <source>%s is damaged: %s</source>
            <translation>%s تالف: %s</translation>
        </message>
        <message>
            <source>%s: the search index is damaged</source>
            <translation>%s: فهرس البحث تالف</translation>
        </message>
        <message>
            <source>the new copy differs from its source (%s): nothing was changed</source>
            <translation>تختلف النسخة الجديدة عن مصدرها (%s): لم يُغيَّر شيء</translation>
        </message>
        <message>
            <source>profile.json is not a JSON object</source>
            <translation>profile.json ليس كائن JSON</translation>
        </message>
        <message>
            <source>this profile was protected by a newer version of Field Guide</source>
            <translation>حُمي هذا الملف الشخصي بإصدار أحدث من Field Guide</translation>
        </message>
        <message>
            <source>profile.json cannot be read (%s)</source>
            <translation>تتعذّر قراءة profile.json (%s)</translation>
        </message>
        <message>
            <source>profile.json is damaged (%s)</source>
            <translation>الملف profile.json تالف (%s)</translation>
        </message>
        <message>
            <source>the key settings of this profile cannot be read (%s)</source>
            <translation>تتعذّر قراءة إعدادات مفتاح هذا الملف الشخصي (%s)</translation>
        </message>
        <message>
            <source>the key settings of this profile are too weak to be trusted</source>
            <translation>إعدادات مفتاح هذا الملف الشخصي أضعف من أن يُوثق بها</translation>
        </message>
        <message>
            <source>the passphrase is too short: use at least %d characters (a few unrelated words are best)</source>
            <translation>عبارة المرور قصيرة جداً: استخدم %d أحرف على الأقل (والأفضل بضع كلمات لا رابط بينها)</translation>
        </message>
        <message>
            <source>cannot read the passphrase file %s: %s</source>
            <translation>تتعذّر قراءة ملف عبارة المرور %s: %s</translation>
        </message>
        <message>
            <source>%s is too large to be a passphrase file</source>
            <translation>%s أكبر من أن يكون ملف عبارة مرور</translation>
        </message>
        <message>
            <source>the passphrase file %s is not UTF-8 text</source>
            <translation>ملف عبارة المرور %s ليس نصاً بترميز UTF-8</translation>
        </message>
        <message>
            <source>the passphrase file %s is empty</source>
            <translation>ملف عبارة المرور %s فارغ</translation>
        </message>
        <message>
            <source>the lock delay must be between 1 and 1440 minutes</source>
            <translation>يجب أن تتراوح مهلة القفل بين 1 و1440 دقيقة</translation>
        </message>
        <message>
            <source>keep between 1 and 365 backups</source>
            <translation>احتفظ بما بين 1 و365 نسخة احتياطية</translation>
        </message>
        <message>
            <source>this profile is protected by a passphrase</source>
            <translation>هذا الملف الشخصي محمي بعبارة مرور</translation>
        </message>
        <message>
            <source>this profile is already protected: use change-passphrase to change its passphrase</source>
            <translation>هذا الملف الشخصي محمي بالفعل: استخدم change-passphrase لتغيير عبارة مروره</translation>
        </message>
        <message>
            <source>this profile is not protected by a passphrase</source>
            <translation>هذا الملف الشخصي غير محمي بعبارة مرور</translation>
        </message>
        <message>
            <source>profile.json, which says how to derive the key, is missing</source>
            <translation>الملف profile.json، الذي يبيّن طريقة اشتقاق المفتاح، مفقود</translation>
        </message>
        <message>
            <source>this profile already exists</source>
            <translation>هذا الملف الشخصي موجود بالفعل</translation>
        </message>
        <message>
            <source>this conflict has not fully arrived on this device yet; sync again</source>
            <translation>لم تصل حالة التعارض هذه بالكامل إلى هذا الجهاز بعد؛ أعِد المزامنة</translation>
        </message>
        <message>
            <source>%(file)s: refused: the bundle from %(device)s carries an invalid value (%(what)s); nothing was applied</source>
            <translation>%(file)s: مرفوضة: الحزمة الواردة من %(device)s تحمل قيمة غير صالحة (%(what)s)؛ لم يُطبَّق شيء</translation>
        </message>
        <message>
            <source>%s is not a team id (a UUID)</source>
            <translation>%s ليس معرّف فريق (UUID)</translation>
        </message>
        <message>
            <source>hub bundle %s</source>
            <translation>حزمة الخادم %s</translation>
        </message>
        <message>
            <source>%s is not a hub address: give it as https://hub.example.org</source>
            <translation>%s ليس عنوان خادم: أعطه بالشكل https://hub.example.org</translation>
        </message>
        <message>
            <source>a hub address carries no user name or password: give it as https://host</source>
            <translation>لا يحمل عنوان الخادم اسم مستخدم ولا كلمة مرور: أعطه بالشكل https://host</translation>
        </message>
        <message>
            <source>%s is not encrypted (http): the hub must be reached through https</source>
            <translation>%s غير مشفَّر (http): يجب الوصول إلى الخادم عبر https</translation>
        </message>
        <message>
            <source>%s is not a hub address: the port is not a number</source>
            <translation>%s ليس عنوان خادم: المنفذ ليس رقمًا</translation>
        </message>
        <message>
            <source>the hub does not accept that enrolment code: ask a teammate for a new one</source>
            <translation>لا يقبل الخادم رمز التسجيل هذا: اطلب رمزًا جديدًا من زميل</translation>
        </message>
        <message>
            <source>a bundle on the hub is larger than a bundle can be: not downloaded</source>
            <translation>حزمة على الخادم أكبر مما يمكن أن تكون عليه حزمة: لم تُنزَّل</translation>
        </message>
        <message>
            <source>a bundle from the hub did not match its checksum twice: not applied</source>
            <translation>لم تطابق حزمة من الخادم مجموعها الاختباري مرتين: لم تُطبَّق</translation>
        </message>
        <message>
            <source>this device is not enrolled with the hub yet</source>
            <translation>هذا الجهاز غير مسجَّل لدى الخادم بعد</translation>
        </message>
        <message numerus="yes">
            <source>the hub at {url} did not answer for %n minute(s): the sync stopped; nothing was lost and the next sync continues where this one stopped</source>
            <translation>
                <numerusform>لم يُجب الخادم {url} لأقل من دقيقة: توقفت المزامنة؛ لم يُفقد شيء وستستأنف المزامنة التالية من حيث توقفت هذه</numerusform>
                <numerusform>لم يُجب الخادم {url} طوال دقيقة: توقفت المزامنة؛ لم يُفقد شيء وستستأنف المزامنة التالية من حيث توقفت هذه</numerusform>
                <numerusform>لم يُجب الخادم {url} طوال دقيقتين: توقفت المزامنة؛ لم يُفقد شيء وستستأنف المزامنة التالية من حيث توقفت هذه</numerusform>
                <numerusform>لم يُجب الخادم {url} طوال %n دقائق: توقفت المزامنة؛ لم يُفقد شيء وستستأنف المزامنة التالية من حيث توقفت هذه</numerusform>
                <numerusform>لم يُجب الخادم {url} طوال %n دقيقة: توقفت المزامنة؛ لم يُفقد شيء وستستأنف المزامنة التالية من حيث توقفت هذه</numerusform>
                <numerusform>لم يُجب الخادم {url} طوال %n دقيقة: توقفت المزامنة؛ لم يُفقد شيء وستستأنف المزامنة التالية من حيث توقفت هذه</numerusform>
            </translation>
        </message>
        <message>
            <source>the sync with the hub was stopped</source>
            <translation>أُوقفت المزامنة مع الخادم</translation>
        </message>
        <message>
            <source>a bundle from the hub is larger than listed: not applied</source>
            <translation>حزمة من الخادم أكبر مما أُعلن: لم تُطبَّق</translation>
        </message>
        <message>
            <source>the hub at %(url)s did not prove who it is (%(reason)s): nothing was sent</source>
            <translation>لم يُثبت الخادم %(url)s هويته (%(reason)s): لم يُرسل شيء</translation>
        </message>
        <message>
            <source>the hub's answer is not what a Field Guide hub sends: check the hub's address</source>
            <translation>جواب الخادم ليس ما يرسله خادم Field Guide: تحقّق من عنوان الخادم</translation>
        </message>
        <message>
            <source>the hub no longer accepts this device (its access was revoked or has expired): ask a teammate for a new enrolment code</source>
            <translation>لم يعد الخادم يقبل هذا الجهاز (أُلغي وصوله أو انتهت صلاحيته): اطلب رمز تسجيل جديدًا من زميل</translation>
        </message>
        <message>
            <source>the hub says this device is not a member of that team</source>
            <translation>يقول الخادم إن هذا الجهاز ليس عضوًا في ذلك الفريق</translation>
        </message>
        <message>
            <source>the hub refused a bundle as too large for it</source>
            <translation>رفض الخادم حزمة لأنها أكبر مما يقبل</translation>
        </message>
        <message>
            <source>that enrolment code was already used: ask a teammate for a new one</source>
            <translation>استُخدم رمز التسجيل هذا من قبل: اطلب رمزًا جديدًا من زميل</translation>
        </message>
        <message>
            <source>the hub refused: %s</source>
            <translation>رفض الخادم: %s</translation>
        </message>
        <message>
            <source>the hub answered with an error (HTTP %d)</source>
            <translation>أجاب الخادم بخطأ (HTTP %d)</translation>
        </message>
        <message>
            <source>give the enrolment code your teammate or IT gave you</source>
            <translation>أعطِ رمز التسجيل الذي أعطاك إياه زميلك أو قسم المعلوماتية</translation>
        </message>
        <message>
            <source>this profile is a copy or a restored backup, so the team sees it as a new device: enrol it with a new code (`fieldguide sync hub URL --enrol CODE`)</source>
            <translation>هذا الملف الشخصي نسخة أو نسخة احتياطية مستعادة، لذا يراه الفريق جهازًا جديدًا: سجِّله برمز جديد (‎`fieldguide sync hub URL --enrol CODE`)</translation>
        </message>
        <message>
            <source>no hub is set up: connect once with `fieldguide sync hub URL --enrol CODE`</source>
            <translation>لا يوجد خادم مُعدّ: اتصل مرة واحدة بـ ‎`fieldguide sync hub URL --enrol CODE`</translation>
        </message>
        <message>
            <source>the hub did not take the team's current roster: %s</source>
            <translation>لم يأخذ الخادم قائمة أعضاء الفريق الحالية: %s</translation>
        </message>
        <message>
            <source>preparing this device's changes</source>
            <translation>تحضير تغييرات هذا الجهاز</translation>
        </message>
        <message>
            <source>sending this device's changes</source>
            <translation>إرسال تغييرات هذا الجهاز</translation>
        </message>
        <message>
            <source>asking the hub for the team's news</source>
            <translation>سؤال الخادم عن جديد الفريق</translation>
        </message>
        <message>
            <source>receiving the team's changes</source>
            <translation>استلام تغييرات الفريق</translation>
        </message>
        <message>
            <source>it holds data this version of Field Guide does not know (%s); update Field Guide to apply it</source>
            <translation>تحتوي على بيانات لا يعرفها هذا الإصدار من Field Guide (%s)؛ حدِّث Field Guide لتطبيقها</translation>
        </message>
        <message>
            <source>the bundle is damaged or altered (malformed change)</source>
            <translation>الحزمة تالفة أو معدَّلة (تغيير غير سليم البنية)</translation>
        </message>
        <message>
            <source>cannot remove text from %s: give note, answer-note, evidence or action</source>
            <translation>لا يمكن حذف نص من %s: اذكر note أو answer-note أو evidence أو action</translation>
        </message>
        <message>
            <source>nothing to remove: no such %s</source>
            <translation>لا شيء للحذف: لا يوجد %s بهذا المعرّف</translation>
        </message>
        <message>
            <source>the replacement text is too long</source>
            <translation>نص الاستبدال طويل جدًا</translation>
        </message>
        <message>
            <source>cannot write the bundle: %s</source>
            <translation>تتعذّر كتابة الحزمة: %s</translation>
        </message>
        <message numerus="yes">
            <source>wrote %n change(s) to {file}</source>
            <translation>
                <numerusform>لم يُكتب أي تغيير في {file}</numerusform>
                <numerusform>كُتب تغيير واحد في {file}</numerusform>
                <numerusform>كُتب تغييران في {file}</numerusform>
                <numerusform>كُتبت %n تغييرات في {file}</numerusform>
                <numerusform>كُتب %n تغييرًا في {file}</numerusform>
                <numerusform>كُتب %n تغيير في {file}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>applied a bundle from {device}: %n new change(s)</source>
            <translation>
                <numerusform>طُبّقت حزمة من {device}: لا تغييرات جديدة</numerusform>
                <numerusform>طُبّقت حزمة من {device}: تغيير جديد واحد</numerusform>
                <numerusform>طُبّقت حزمة من {device}: تغييران جديدان</numerusform>
                <numerusform>طُبّقت حزمة من {device}: %n تغييرات جديدة</numerusform>
                <numerusform>طُبّقت حزمة من {device}: %n تغييرًا جديدًا</numerusform>
                <numerusform>طُبّقت حزمة من {device}: %n تغيير جديد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new conflict(s): see `fieldguide sync conflicts`</source>
            <translation>
                <numerusform>لا تعارضات جديدة: انظر `fieldguide sync conflicts`</numerusform>
                <numerusform>تعارض جديد واحد: انظر `fieldguide sync conflicts`</numerusform>
                <numerusform>تعارضان جديدان: انظر `fieldguide sync conflicts`</numerusform>
                <numerusform>%n تعارضات جديدة: انظر `fieldguide sync conflicts`</numerusform>
                <numerusform>%n تعارضًا جديدًا: انظر `fieldguide sync conflicts`</numerusform>
                <numerusform>%n تعارض جديد: انظر `fieldguide sync conflicts`</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n bundle(s) made with a different team key — check the team passphrase</source>
            <translation>
                <numerusform>لا حزم مصنوعة بمفتاح فريق آخر — تحقّق من عبارة مرور الفريق</numerusform>
                <numerusform>حزمة واحدة مصنوعة بمفتاح فريق آخر — تحقّق من عبارة مرور الفريق</numerusform>
                <numerusform>حزمتان مصنوعتان بمفتاح فريق آخر — تحقّق من عبارة مرور الفريق</numerusform>
                <numerusform>%n حزم مصنوعة بمفتاح فريق آخر — تحقّق من عبارة مرور الفريق</numerusform>
                <numerusform>%n حزمة مصنوعة بمفتاح فريق آخر — تحقّق من عبارة مرور الفريق</numerusform>
                <numerusform>%n حزمة مصنوعة بمفتاح فريق آخر — تحقّق من عبارة مرور الفريق</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>received %n change(s)</source>
            <translation>
                <numerusform>لم يُستلم أي تغيير</numerusform>
                <numerusform>استُلم تغيير واحد</numerusform>
                <numerusform>استُلم تغييران</numerusform>
                <numerusform>استُلمت %n تغييرات</numerusform>
                <numerusform>استُلم %n تغييرًا</numerusform>
                <numerusform>استُلم %n تغيير</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>sent %n change(s) of yours</source>
            <translation>
                <numerusform>لم يُرسل أي تغيير من تغييراتك</numerusform>
                <numerusform>أُرسل تغيير واحد من تغييراتك</numerusform>
                <numerusform>أُرسل تغييران من تغييراتك</numerusform>
                <numerusform>أُرسلت %n تغييرات من تغييراتك</numerusform>
                <numerusform>أُرسل %n تغييرًا من تغييراتك</numerusform>
                <numerusform>أُرسل %n تغيير من تغييراتك</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing written to this folder yet: no teammate's bundle was opened here. If this device is the first of the team to use it, run again with --first</source>
            <translation>لم يُكتب شيء في هذا المجلد بعد: لم تُفتح فيه أي حزمة من أحد أعضاء الفريق. إن كان هذا الجهاز أول من يستخدمه من الفريق، فأعد التشغيل مع ‎--first</translation>
        </message>
        <message>
            <source>this device has no name yet: `fieldguide sync name "Amina's laptop"`</source>
            <translation>ليس لهذا الجهاز اسم بعد: `fieldguide sync name "حاسوب أمينة"`</translation>
        </message>
        <message>
            <source>this device is now called %s</source>
            <translation>أصبح اسم هذا الجهاز %s</translation>
        </message>
        <message>
            <source>this device: %s</source>
            <translation>هذا الجهاز: %s</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) to send</source>
            <translation>
                <numerusform>لا تغييرات للإرسال</numerusform>
                <numerusform>تغيير واحد للإرسال</numerusform>
                <numerusform>تغييران للإرسال</numerusform>
                <numerusform>%n تغييرات للإرسال</numerusform>
                <numerusform>%n تغييراً للإرسال</numerusform>
                <numerusform>%n تغيير للإرسال</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open conflict(s)</source>
            <translation>
                <numerusform>لا تعارضات مفتوحة</numerusform>
                <numerusform>تعارض مفتوح واحد</numerusform>
                <numerusform>تعارضان مفتوحان</numerusform>
                <numerusform>%n تعارضات مفتوحة</numerusform>
                <numerusform>%n تعارضًا مفتوحًا</numerusform>
                <numerusform>%n تعارض مفتوح</numerusform>
            </translation>
        </message>
        <message>
            <source>a device (%s)</source>
            <translation>جهاز (%s)</translation>
        </message>
        <message>
            <source>%(device)s, %(time)s</source>
            <translation>%(device)s، %(time)s</translation>
        </message>
        <message>
            <source>these versions cannot be joined: keep mine or theirs</source>
            <translation>لا يمكن جمع هاتين النسختين: احتفظ بنسختي أو بنسختهم</translation>
        </message>
        <message>
            <source>the disk is full: free some space and sync again (nothing was changed)</source>
            <translation>القرص ممتلئ: أفرغ بعض المساحة وزامن مرة أخرى (لم يتغيّر شيء)</translation>
        </message>
        <message>
            <source>the disk is full: free some space and sync again</source>
            <translation>القرص ممتلئ: أفرغ بعض المساحة وزامن مرة أخرى</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>حاسوب محمول</translation>
        </message>
        <message>
            <source>%s is a folder; give a file name for the bundle</source>
            <translation>%s مجلد؛ حدِّد اسم ملف للحزمة</translation>
        </message>
        <message>
            <source>bundle not found: %s</source>
            <translation>الحزمة غير موجودة: %s</translation>
        </message>
        <message>
            <source>%s is a folder; to sync with a folder use `fieldguide sync folder`</source>
            <translation>%s مجلد؛ للمزامنة مع مجلد استخدم ‎`fieldguide sync folder`</translation>
        </message>
        <message>
            <source>sync folder not found: %s</source>
            <translation>مجلد المزامنة غير موجود: %s</translation>
        </message>
        <message>
            <source>reading %s</source>
            <translation>قراءة %s</translation>
        </message>
        <message>
            <source>writing this device's changes</source>
            <translation>كتابة تغييرات هذا الجهاز</translation>
        </message>
        <message>
            <source>cannot write to the sync folder: %s</source>
            <translation>تعذّرت الكتابة في مجلد المزامنة: %s</translation>
        </message>
        <message>
            <source>a link or a file, not a folder: ignored</source>
            <translation>رابط أو ملف وليس مجلدًا: تم تجاهله</translation>
        </message>
        <message>
            <source>a link: links are never followed</source>
            <translation>رابط: لا تُتَّبع الروابط أبدًا</translation>
        </message>
        <message>
            <source>not a bundle name: ignored</source>
            <translation>ليس اسم حزمة: تم تجاهله</translation>
        </message>
        <message>
            <source>not a regular file: skipped</source>
            <translation>ليس ملفًا عاديًا: تم تخطيه</translation>
        </message>
        <message>
            <source>the file is gone</source>
            <translation>اختفى الملف</translation>
        </message>
        <message>
            <source>%(size)d MB, larger than a bundle can be (%(limit)d MB): not read</source>
            <translation>%(size)d م.ب، أكبر مما يمكن أن تكون عليه حزمة (%(limit)d م.ب): لم يُقرأ</translation>
        </message>
        <message>
            <source>larger than a bundle can be: not read</source>
            <translation>أكبر مما يمكن أن تكون عليه حزمة: لم يُقرأ</translation>
        </message>
        <message>
            <source>%s is a link or a file, not a folder</source>
            <translation>%s رابط أو ملف وليس مجلدًا</translation>
        </message>
        <message>
            <source>it carries an invalid value (%s)</source>
            <translation>تحمل قيمة غير صالحة (%s)</translation>
        </message>
        <message>
            <source>this profile is not in a team yet: `fieldguide sync team create NAME`, or `fieldguide sync team join INVITATION` with a member's invitation</source>
            <translation>هذا الملف ليس في أي فريق بعد: `fieldguide sync team create NAME`، أو `fieldguide sync team join INVITATION` بدعوة من أحد الأعضاء</translation>
        </message>
        <message>
            <source>the team started a new key epoch and this device has not received its key yet</source>
            <translation>بدأ الفريق حقبة مفتاح جديدة ولم يتلقَّ هذا الجهاز مفتاحها بعد</translation>
        </message>
        <message>
            <source>a device name cannot be empty</source>
            <translation>لا يمكن أن يكون اسم الجهاز فارغًا</translation>
        </message>
        <message>
            <source>a device name is at most %d printable characters</source>
            <translation>اسم الجهاز %d حرفًا قابلًا للطباعة على الأكثر</translation>
        </message>
        <message>
            <source>this computer (%s)</source>
            <translation>هذا الحاسوب (%s)</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>هذا الحاسوب</translation>
        </message>
        <message>
            <source>no teammate's device is called %r (see `fieldguide sync status`)</source>
            <translation>لا يوجد جهاز لأحد أعضاء الفريق باسم %r (انظر `fieldguide sync status`)</translation>
        </message>
        <message>
            <source>several devices match %r; give more of the id</source>
            <translation>عدة أجهزة تطابق %r؛ أعطِ جزءًا أطول من المعرّف</translation>
        </message>
        <message>
            <source>keep one of: %s</source>
            <translation>أبقِ على واحدة مما يلي: %s</translation>
        </message>
        <message>
            <source>no conflict has the id %r (see `fieldguide sync conflicts`)</source>
            <translation>لا توجد حالة تعارض بالمعرِّف %r (انظر ‎`fieldguide sync conflicts`)</translation>
        </message>
    </context>
    <context>
        <name>workspace</name>
        <message>
            <source>Field Guide — assessment</source>
            <translation>Field Guide — تقييم</translation>
        </message>
    </context>
</TS>
