"""政府信息公开工作年度报告 (条例 第四十九、五十条) in the national format of 国办公开办函〔2021〕30号:
the tables computed from the records (``tables``), laid out with the national labels (``layout``),
frozen when the leader's approval publishes the report page (``publishing``), exported (``exports``)."""
