teSearchFile("terms/72-65-70",[["repeatedly",[1,1,17],[]],["report",[1,1,21],[]],["representative",[1,1,4],[]],["republic",[1,2,1,1],[]],["republics",[1,1,1],[]]]);
