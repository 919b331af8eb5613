teSearchFile("terms/f-76963fbb",[["~keyword:te-zhou-enlais-visit-to-the-dprk-1970",[1,1,2],[]]]);
